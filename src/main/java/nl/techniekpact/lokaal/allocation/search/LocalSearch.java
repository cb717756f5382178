package nl.techniekpact.lokaal.allocation.search;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * Improves a feasible allocation with the exact seat rule, which the flow only approximates: first
 * waiting groups are placed by ejection chains (schools without any visit first), then placed
 * groups move to better wishes or shorter trips. Passes repeat until one changes nothing. The order
 * of groups is a permutation drawn from the seed, so a run is repeatable. {@link #repack} adds
 * exact re-solves of small windows for the waiting groups no chain could place.
 */
public final class LocalSearch {

  private static final int MOST_PASSES = 8;

  /**
   * A safety limit only: windows are small enough that the solver proves them in well under a
   * second on average. Hitting it would make a run depend on the machine's speed.
   */
  private static final long WINDOW_MILLIS = 20_000;

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final boolean[] pinned;
  private final BooleanSupplier cancelled;
  private final int[] order;

  public LocalSearch(
      AllocationProblem problem,
      Candidates candidates,
      int[] fixed,
      long seed,
      BooleanSupplier cancelled) {
    this.problem = problem;
    this.candidates = candidates;
    this.cancelled = cancelled;
    pinned = new boolean[problem.groupCount()];
    for (int g = 0; g < pinned.length; g++) {
      pinned[g] = fixed[g] != Allocation.WAITING;
    }
    order = permutation(problem.groupCount(), seed);
  }

  private static int[] permutation(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
    return order;
  }

  public Allocation improve(Allocation start) {
    Assignment assignment = new Assignment(problem, candidates);
    assignment.load(start);
    InsertionChains insertion = new InsertionChains(assignment, pinned);
    ImprovementChains improvement = new ImprovementChains(assignment, pinned);
    for (int pass = 0; pass < MOST_PASSES; pass++) {
      boolean changed = placeWaiting(assignment, insertion, true);
      changed |= placeWaiting(assignment, insertion, false);
      throwIfCancelled();
      for (int g : order) {
        if (assignment.isPlaced(g) && !pinned[g]) {
          changed |= improvement.improve(g);
        }
      }
      throwIfCancelled();
      if (!changed) {
        break;
      }
    }
    return assignment.toAllocation();
  }

  /**
   * Re-solves a window around every waiting group that could be placed ({@link WindowSearch}), in
   * {@code rounds} rounds, then runs the chains again to polish what the windows changed.
   *
   * @param timeLeft asked before each window; only a run about to miss its time limit says no (and
   *     only then can two runs differ)
   */
  public Allocation repack(Allocation start, int rounds, BooleanSupplier timeLeft) {
    Assignment assignment = new Assignment(problem, candidates);
    assignment.load(start);
    WindowSearch windows = new WindowSearch(assignment, pinned, WINDOW_MILLIS);
    for (int round = 0; round < rounds; round++) {
      // Groups of schools without any visit first: schools served is the first level.
      boolean changed = repackWaiting(assignment, windows, true, timeLeft);
      changed |= repackWaiting(assignment, windows, false, timeLeft);
      if (!changed) {
        break;
      }
    }
    return improve(assignment.toAllocation());
  }

  private boolean repackWaiting(
      Assignment assignment,
      WindowSearch windows,
      boolean unservedSchools,
      BooleanSupplier timeLeft) {
    boolean changed = false;
    for (int g : order) {
      boolean schoolUnserved = assignment.placedOfSchool(problem.schoolOf(g)) == 0;
      if (!assignment.isPlaced(g)
          && !pinned[g]
          && candidates.count(g) > 0
          && schoolUnserved == unservedSchools
          && timeLeft.getAsBoolean()) {
        changed |= windows.improveAround(g);
        throwIfCancelled();
      }
    }
    return changed;
  }

  /** One round over the waiting groups: those of schools without any visit, or all the others. */
  private boolean placeWaiting(
      Assignment assignment, InsertionChains insertion, boolean unservedSchools) {
    boolean changed = false;
    for (int g : order) {
      boolean schoolUnserved = assignment.placedOfSchool(problem.schoolOf(g)) == 0;
      if (!assignment.isPlaced(g)
          && !pinned[g]
          && candidates.count(g) > 0
          && schoolUnserved == unservedSchools) {
        changed |= insertion.insert(g);
      }
    }
    return changed;
  }

  private void throwIfCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("allocation cancelled");
    }
  }
}
