package nl.techniekpact.lokaal.allocation.exact;

import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.techniekpact.lokaal.allocation.bounds.SizeClassCuts;
import nl.techniekpact.lokaal.allocation.control.NativeSolvers;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;

/**
 * Exact lexicographic optimisation, one level at a time: maximise schools served; keep that many
 * and maximise groups placed; keep those and maximise wish points; keep those and minimise travel.
 * Each level is a separate MIP with integer coefficients, so no weight can overflow or blur a level
 * into the next. A level only counts as proven when the solver says OPTIMAL; at the time limit the
 * best allocation so far (at worst the start) is kept and reported as not proven.
 *
 * <p>Rows of {@link SizeClassCuts} make the relaxation tight enough that most levels close at the
 * root.
 */
public final class LexicographicMip {

  /**
   * CBC: faster than SCIP on these models, and HiGHS fails on solution hints (docs/allocator.md).
   * On one thread it is deterministic. It cannot be interrupted mid-solve, so a cancel takes effect
   * after the current level.
   */
  static final String SOLVER = "CBC";

  public record Outcome(Allocation allocation, Bounds bounds, boolean optimal) {}

  private final long timeLimitMillis;
  private final BooleanSupplier cancelled;
  private final Consumer<Progress> progress;

  public LexicographicMip(
      long timeLimitMillis, BooleanSupplier cancelled, Consumer<Progress> progress) {
    this.timeLimitMillis = timeLimitMillis;
    this.cancelled = cancelled;
    this.progress = progress;
  }

  /**
   * @param pinnedSlot per group, the slot it is pinned to, or {@link Allocation#WAITING}
   * @param start a feasible allocation respecting the pins (for instance first come, first served)
   */
  public Outcome solve(
      AllocationProblem problem, Candidates candidates, int[] pinnedSlot, Allocation start) {
    NativeSolvers.load();
    MPSolver solver = MPSolver.createSolver(SOLVER);
    if (solver == null) {
      throw new IllegalStateException("OR-tools has no " + SOLVER + " solver on this platform");
    }
    try (SolverWatch watch = new SolverWatch(solver, cancelled)) {
      solver.setNumThreads(1);
      MipModel model = new MipModel(solver, problem, candidates, pinnedSlot);
      long deadline = System.currentTimeMillis() + timeLimitMillis;
      Allocation best = start;
      boolean proven = true;
      long[] bound = new long[3];
      for (MipLevel level : MipLevel.IN_ORDER) {
        watch.throwIfCancelled();
        progress.accept(
            new Progress(level.stage(), Optional.of(ObjectiveFunction.evaluate(problem, best))));
        MPObjective objective = solver.objective();
        level.setObjective(model, problem, candidates, objective);
        solver.setTimeLimit(Math.max(1, deadline - System.currentTimeMillis()));
        ResultStatus status = solveQuietly(solver);
        watch.throwIfCancelled();
        if (status == ResultStatus.OPTIMAL || status == ResultStatus.FEASIBLE) {
          Allocation found = model.solution(problem);
          // A level never gets worse than where it started, even if the solver stopped early.
          if (!ObjectiveFunction.evaluate(problem, best)
              .isBetterThan(ObjectiveFunction.evaluate(problem, found))) {
            best = found;
          }
        }
        proven &= status == ResultStatus.OPTIMAL;
        long reached = level.value(ObjectiveFunction.evaluate(problem, best));
        if (level != MipLevel.TRAVEL) {
          boolean exact = status == ResultStatus.OPTIMAL;
          bound[level.ordinal()] =
              exact ? reached : Math.max(reached, (long) Math.floor(objective.bestBound() + 1e-6));
          level.keep(model, problem, candidates, reached);
        }
      }
      Bounds bounds =
          new Bounds((int) bound[0], (int) bound[1], (int) bound[2], proven ? "optimum" : "mip");
      return new Outcome(best, bounds, proven);
    } finally {
      solver.delete();
    }
  }

  private static ResultStatus solveQuietly(MPSolver solver) {
    MPSolverParameters parameters = new MPSolverParameters();
    try {
      // The default relative gap (1e-4) would accept a travel total 200 m from the optimum as
      // optimal.
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      return solver.solve(parameters);
    } finally {
      parameters.delete();
    }
  }
}
