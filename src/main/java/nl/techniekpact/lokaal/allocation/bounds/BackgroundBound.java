package nl.techniekpact.lokaal.allocation.bounds;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * The LP bounds of {@link LpBound}, computed on a thread of their own while local search runs: the
 * machine has two cores and both jobs are single-threaded. The bounds hold for every allocation at
 * least as good as the first local-search result on schools and groups, so for the final result too
 * (bounding at the final groups instead would gain little and cost much time; see
 * docs/allocator.md). Groups come first: the columns their rounds add let the points LP converge in
 * one round. The bounds never feed back into the search, so the allocation stays the same whatever
 * the timing.
 */
public final class BackgroundBound {

  public record Result(int groups, int points) {}

  /**
   * The groups rounds go on until no pair earns: the slot knapsacks prove the most at the converged
   * LP's prices, and stopping short of them leaves the knapsacks weaker (docs/allocator.md).
   */
  private static final double GROUPS_TOLERANCE = LpBound.EXACT;

  /** Five points out of tens of thousands: tight enough to judge a 3% target. */
  private static final double POINTS_TOLERANCE = 5;

  /** Rounds stop this long before the deadline, so the answer arrives in time. */
  private static final long MARGIN_MILLIS = 5_000;

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final int[] fixed;
  private final long deadline;
  private final BooleanSupplier cancelled;
  private final AtomicBoolean searchDone = new AtomicBoolean();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CompletableFuture<Result> result = new CompletableFuture<>();

  /**
   * @param deadline when the allocation must be done (epoch millis); the first round of each LP
   *     runs regardless
   */
  public BackgroundBound(
      AllocationProblem problem,
      Candidates candidates,
      int[] fixed,
      long deadline,
      BooleanSupplier cancelled) {
    this.problem = problem;
    this.candidates = candidates;
    this.fixed = fixed;
    this.deadline = deadline;
    this.cancelled = cancelled;
  }

  /**
   * Starts bounding allocations that serve at least {@code schools} schools and place at least
   * {@code groups} groups.
   */
  public void start(Allocation incumbent, int schools, int groups) {
    Thread thread =
        new Thread(
            () -> {
              try (LpBound lp =
                  new LpBound(
                      problem,
                      candidates,
                      fixed,
                      () -> stopped.get() || cancelled.getAsBoolean())) {
                BooleanSupplier beforeDeadline =
                    () -> System.currentTimeMillis() < deadline - MARGIN_MILLIS;
                lp.start(incumbent);
                // The groups bound is worth the wait: proving the groups placed is part of the
                // result. Its rounds
                // go on after the search is done, until the bound converges or the deadline nears.
                int groupsBound = lp.groups(schools, GROUPS_TOLERANCE, beforeDeadline);
                BooleanSupplier whileSearching =
                    () -> !searchDone.get() && beforeDeadline.getAsBoolean();
                result.complete(
                    new Result(
                        groupsBound, lp.points(schools, groups, POINTS_TOLERANCE, whileSearching)));
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            },
            "allocation-lp-bound");
    thread.setDaemon(true);
    thread.start();
  }

  /** Tells the LP the search is done (it finishes its round) and waits for the bounds. */
  public Result await() {
    searchDone.set(true);
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("allocation interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the LP bound failed", e.getCause());
    }
  }

  /** Lets a still running LP give up at its next check, when the allocation ends early. */
  public void stop() {
    stopped.set(true);
  }
}
