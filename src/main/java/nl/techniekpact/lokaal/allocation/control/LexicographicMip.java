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
      int[] bound = new int[3];
      for (Stage stage : new Stage[] {Stage.MIP_SCHOOLS, Stage.MIP_GROUPS, Stage.MIP_POINTS, Stage.MIP_KM}) {
        watch.throwIfCancelled();
        progress.accept(new Progress(stage, Optional.of(ObjectiveFunction.evaluate(problem, best))));
        MPObjective objective = solver.objective();
        objective.clear();
        setObjective(stage, model, problem, candidates, objective);
        model.hint(best, problem);
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
        if (stage != Stage.MIP_KM) {
          int level = stage.ordinal() - Stage.MIP_SCHOOLS.ordinal();
          bound[level] = status == ResultStatus.OPTIMAL ? value(stage, reached) : (int) Math.floor(objective.bestBound() + 1e-6);
          fix(stage, model, problem, candidates, value(stage, reached));
        }
      }
      return new Outcome(best, new Bounds(bound[0], bound[1], bound[2], proven ? "optimum" : "mip"), proven);
    } finally {
      solver.delete();
    }
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

  private static int value(Stage stage, Objective objective) {
    return switch (stage) {
      case MIP_SCHOOLS -> objective.schools();
      case MIP_GROUPS -> objective.groups();
      case MIP_POINTS -> objective.points();
      default -> throw new IllegalArgumentException(stage.name());
    };
  }

  private static void setObjective(
      Stage stage, MipModel model, AllocationProblem problem, Candidates candidates, MPObjective objective) {
    if (stage == Stage.MIP_SCHOOLS) {
      for (int s = 0; s < problem.schoolCount(); s++) {
        objective.setCoefficient(model.served[s], 1);
      }
    } else {
      for (int i = 0; i < candidates.size(); i++) {
        objective.setCoefficient(model.pair[i], coefficient(stage, candidates, i));
      }
    }
    if (stage == Stage.MIP_KM) {
      objective.setMinimization();
    } else {
      objective.setMaximization();
    }
  }

  private static double coefficient(Stage stage, Candidates candidates, int pair) {
    return switch (stage) {
      case MIP_GROUPS -> 1;
      case MIP_POINTS -> candidates.points(pair);
      case MIP_KM -> candidates.metres(pair);
      default -> throw new IllegalArgumentException(stage.name());
    };
  }

  /** Keeps a level at the value reached, so the next level cannot trade it away. */
  private static void fix(Stage stage, MipModel model, AllocationProblem problem, Candidates candidates, int reached) {
    MPConstraint keep = model.solver.makeConstraint(reached, MPSolver.infinity(), "keep_" + stage.name());
    if (stage == Stage.MIP_SCHOOLS) {
      for (int s = 0; s < problem.schoolCount(); s++) {
        keep.setCoefficient(model.served[s], 1);
      }
    } else {
      for (int i = 0; i < candidates.size(); i++) {
        keep.setCoefficient(model.pair[i], coefficient(stage, candidates, i));
      }
    }
  }
}
