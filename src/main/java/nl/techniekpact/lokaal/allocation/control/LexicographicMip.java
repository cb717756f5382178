package nl.techniekpact.lokaal.allocation.control;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;

/**
 * Exact lexicographic optimisation, one level at a time: maximise schools served; keep that many and
 * maximise groups placed; keep those and maximise wish points; keep those and minimise travel. Each
 * level is a separate MIP with integer coefficients, so no weight can overflow or blur a level into the
 * next, and each starts from the previous level's solution. A level only counts as proven when the
 * solver says OPTIMAL; at the time limit the result is kept but reported as not proven.
 */
public final class LexicographicMip {

  /** SCIP proved the regional sample fastest here, and on one thread it is deterministic. */
  static final String SOLVER = System.getProperty("lokaal.mip.solver", "SCIP");

  public record Outcome(Allocation allocation, Bounds bounds, boolean optimal) {}

  private final long timeLimitMillis;
  private final BooleanSupplier cancelled;
  private final Consumer<Progress> progress;

  public LexicographicMip(long timeLimitMillis, BooleanSupplier cancelled, Consumer<Progress> progress) {
    this.timeLimitMillis = timeLimitMillis;
    this.cancelled = cancelled;
    this.progress = progress;
  }

  public Outcome solve(AllocationProblem problem, Candidates candidates, int[] pinnedSlot, Allocation start) {
    NativeSolvers.load();
    MPSolver solver = MPSolver.createSolver(SOLVER);
    if (solver == null) {
      throw new IllegalStateException("OR-tools has no " + SOLVER + " solver on this platform");
    }
    try (SolverWatch watch = new SolverWatch(solver, cancelled)) {
      solver.setNumThreads(1);
      if (System.getProperty("lokaal.mip.params") != null) {
        solver.setSolverSpecificParametersAsString(System.getProperty("lokaal.mip.params"));
      }
      if (Boolean.getBoolean("lokaal.mip.verbose")) {
        solver.enableOutput();
      }
      MipModel model = new MipModel(solver, problem, candidates, pinnedSlot);
      long deadline = System.currentTimeMillis() + timeLimitMillis;
      Allocation best = start;
      boolean proven = true;
      long[] bound = new long[3];
      for (Level level : levels(problem.groupCount())) {
        watch.throwIfCancelled();
        progress.accept(new Progress(level.stage(), Optional.of(ObjectiveFunction.evaluate(problem, best))));
        MPObjective objective = solver.objective();
        objective.clear();
        level.setObjective(model, problem, candidates, objective);
        if (!SOLVER.equals("HIGHS")) {
          model.hint(best, problem);
        }
        solver.setTimeLimit(Math.max(1, deadline - System.currentTimeMillis()));
        ResultStatus status = solveQuietly(solver);
        watch.throwIfCancelled();
        if (status == ResultStatus.OPTIMAL || status == ResultStatus.FEASIBLE) {
          Allocation found = model.solution(problem);
          // A level never gets worse than where it started, even if the solver stopped early.
          if (!ObjectiveFunction.evaluate(problem, best).isBetterThan(ObjectiveFunction.evaluate(problem, found))) {
            best = found;
          }
        }
        proven &= status == ResultStatus.OPTIMAL;
        Objective reached = ObjectiveFunction.evaluate(problem, best);
        if (!level.minimise()) {
          level.bound(reached, status == ResultStatus.OPTIMAL ? level.value(reached) : (long) Math.floor(objective.bestBound() + 1e-6), bound);
          level.keep(model, problem, candidates, level.value(reached));
        }
      }
      return new Outcome(best, new Bounds((int) bound[0], (int) bound[1], (int) bound[2], proven ? "optimum" : "mip"), proven);
    } finally {
      solver.delete();
    }
  }

  private static java.util.List<Level> levels(int groupCount) {
    String combine = System.getProperty("lokaal.mip.combine", "");
    long g = groupCount;
    if (combine.equals("sg")) {
      return java.util.List.of(new Level(Stage.MIP_SCHOOLS, g + 1, 1, 0, 0), new Level(Stage.MIP_POINTS, 0, 0, 1, 0), new Level(Stage.MIP_KM, 0, 0, 0, 1));
    }
    if (combine.equals("sgp")) {
      long wg = 5 * g + 1;
      long ws = g * wg + 5 * g + 1;
      return java.util.List.of(new Level(Stage.MIP_SCHOOLS, ws, wg, 1, 0), new Level(Stage.MIP_KM, 0, 0, 0, 1));
    }
    if (combine.equals("gp")) {
      long wg = 5 * g + 1;
      return java.util.List.of(new Level(Stage.MIP_SCHOOLS, 1, 0, 0, 0), new Level(Stage.MIP_GROUPS, 0, wg, 1, 0), new Level(Stage.MIP_KM, 0, 0, 0, 1));
    }
    return java.util.List.of(new Level(Stage.MIP_SCHOOLS, 1, 0, 0, 0), new Level(Stage.MIP_GROUPS, 0, 1, 0, 0),
        new Level(Stage.MIP_POINTS, 0, 0, 1, 0), new Level(Stage.MIP_KM, 0, 0, 0, 1));
  }

  private static ResultStatus solveQuietly(MPSolver solver) {
    MPSolverParameters parameters = new MPSolverParameters();
    try {
      // The default relative gap (1e-4) would accept a travel total 200 m from the optimum as optimal.
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      return solver.solve(parameters);
    } finally {
      parameters.delete();
    }
  }

}
