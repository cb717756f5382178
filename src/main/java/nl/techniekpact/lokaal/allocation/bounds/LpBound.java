package nl.techniekpact.lokaal.allocation.bounds;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;
import nl.techniekpact.lokaal.allocation.control.NativeSolvers;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * Upper bounds from the LP relaxation of the allocation MIP (seats, max groups, one slot per group,
 * schools served), strengthened by {@link SizeClassCuts}: the most groups given the schools served,
 * then the most wish points given the schools and groups. A national edition has millions of
 * candidate pairs, so the LP starts from the pairs that matter (the incumbent's and every wished
 * one) and adds pairs whose reduced cost is positive. Every round's dual prices prove a bound for
 * the full LP ({@link LpDuals}), so the rounds can stop at a deadline and still give a valid bound.
 * The same prices with every slot solved as an exact knapsack ({@link SlotKnapsacks}) often prove
 * less than the LP itself; every round's prices go to the knapsacks, and the lowest bound is kept.
 */
final class LpBound implements AutoCloseable {

  private static final double EARNS = 1e-7;

  /** Floating-point slack before rounding a bound down to whole groups or points. */
  private static final double SLACK = 1e-4;

  /** Tolerance for bounds that must be exact: the LP optimum itself. */
  static final double EXACT = 0;

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final BooleanSupplier cancelled;
  private final LpRows rows;
  private final SlotKnapsacks knapsacks;
  private final MPSolver solver;
  private final MPVariable[] column;
  private MPConstraint groupsRow;

  LpBound(
      AllocationProblem problem, Candidates candidates, int[] fixed, BooleanSupplier cancelled) {
    NativeSolvers.load();
    this.problem = problem;
    this.candidates = candidates;
    this.cancelled = cancelled;
    solver = MPSolver.createSolver("GLOP");
    solver.setNumThreads(1);
    // The dual simplex solves the first round much faster than the primal (docs/allocator.md).
    solver.setSolverSpecificParametersAsString("use_dual_simplex:true");
    rows = new LpRows(solver, problem, candidates, fixed);
    knapsacks = new SlotKnapsacks(rows);
    column = new MPVariable[candidates.size()];
  }

  /** Adds the incumbent's pairs and all wished pairs, so the first LP is feasible and close. */
  void start(Allocation incumbent) {
    for (int g = 0; g < problem.groupCount(); g++) {
      for (int i = candidates.from(g); rows.isFree(g) && i < candidates.to(g); i++) {
        if (candidates.points(i) > 0 || candidates.slot(i) == incumbent.slotOf(g)) {
          add(i, g);
        }
      }
    }
  }

  /**
   * Adds every candidate pair: the plain LP, for checking that column generation reaches the same
   * bound.
   */
  void startWithAllPairs() {
    for (int g = 0; g < problem.groupCount(); g++) {
      for (int i = candidates.from(g); rows.isFree(g) && i < candidates.to(g); i++) {
        add(i, g);
      }
    }
  }

  /**
   * No allocation serving at least {@code schools} schools places more groups than this.
   *
   * @param tolerance rounds stop once the proven bound is this close to the restricted LP's value
   * @param moreRounds asked after each round that did not reach the tolerance: whether to price
   *     again
   */
  int groups(int schools, double tolerance, BooleanSupplier moreRounds) {
    rows.requireSchools(schools);
    return (int)
        Math.floor(
            maximise(i -> 1, schools, 0, tolerance, moreRounds) + rows.pinnedGroups() + SLACK);
  }

  /**
   * No allocation serving {@code schools} schools and placing {@code groups} groups earns more
   * points than this.
   */
  int points(int schools, int groups, double tolerance, BooleanSupplier moreRounds) {
    rows.requireSchools(schools);
    if (groupsRow == null) {
      groupsRow = solver.makeConstraint(0, MPSolver.infinity(), "groups");
      for (MPVariable x : column) {
        if (x != null) {
          groupsRow.setCoefficient(x, 1);
        }
      }
    }
    groupsRow.setLb(groups - rows.pinnedGroups());
    return (int)
        Math.floor(
            maximise(
                    candidates::points,
                    schools,
                    groups - rows.pinnedGroups(),
                    tolerance,
                    moreRounds)
                + rows.pinnedPoints()
                + SLACK);
  }

  @Override
  public void close() {
    solver.delete();
  }

  private double maximise(
      IntUnaryOperator value,
      int schools,
      int groups,
      double tolerance,
      BooleanSupplier moreRounds) {
    MPObjective objective = solver.objective();
    objective.setMaximization();
    for (int i = 0; i < column.length; i++) {
      if (column[i] != null) {
        objective.setCoefficient(column[i], value.applyAsInt(i));
      }
    }
    MPSolverParameters parameters = new MPSolverParameters();
    // Without presolve GLOP keeps its basis when columns are added, so a round starts where the
    // last ended.
    parameters.setIntegerParam(
        MPSolverParameters.IntegerParam.PRESOLVE,
        MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
    double best = Double.POSITIVE_INFINITY;
    double proven = Double.POSITIVE_INFINITY;
    try {
      do {
        ResultStatus status = solver.solve(parameters);
        if (cancelled.getAsBoolean()) {
          throw new CancellationException("allocation cancelled");
        }
        if (status != ResultStatus.OPTIMAL) {
          throw new IllegalStateException("the LP relaxation ended with status " + status);
        }
        LpDuals duals = new LpDuals(rows, groupsRow, schools, groups);
        best = Math.min(best, duals.bound(value));
        // The knapsacks are cheap next to an LP round; at converged prices they prove the most.
        proven = Math.min(proven, Math.min(best, knapsacks.bound(duals, value)));
        if (best - objective.value() < Math.max(SLACK, tolerance)
            || addEarning(duals, value, objective) == 0) {
          break;
        }
      } while (moreRounds.getAsBoolean());
    } finally {
      parameters.delete();
    }
    return proven;
  }

  /** Adds every pair that earns at the current prices; returns how many were added. */
  private int addEarning(LpDuals duals, IntUnaryOperator value, MPObjective objective) {
    int added = 0;
    for (int g = 0; g < problem.groupCount(); g++) {
      for (int i = candidates.from(g); rows.isFree(g) && i < candidates.to(g); i++) {
        if (column[i] == null && value.applyAsInt(i) - duals.price(g, i) > EARNS) {
          add(i, g);
          objective.setCoefficient(column[i], value.applyAsInt(i));
          added++;
        }
      }
    }
    return added;
  }

  private void add(int i, int g) {
    column[i] = solver.makeNumVar(0, 1, "");
    rows.enter(column[i], g, i);
    if (groupsRow != null) {
      groupsRow.setCoefficient(column[i], 1);
    }
  }
}
