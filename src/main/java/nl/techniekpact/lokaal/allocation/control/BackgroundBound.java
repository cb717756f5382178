package nl.techniekpact.lokaal.allocation.control;

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
 * machine has two cores and both jobs are single-threaded. The thread first bounds groups and points
 * for allocations at least as good as the first local-search result, then, once the search is done,
 * tightens them for the final result (more schools or groups required means lower bounds). The bounds
 * never feed back into the search, so the allocation stays the same whatever the timing.
 */
final class BackgroundBound {

  record Result(int groups, int points) {}

  private record Target(Allocation allocation, int schools, int groups) {}

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final int[] fixed;
  private final long millis;
  private final BooleanSupplier cancelled;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CompletableFuture<Target> last = new CompletableFuture<>();
  private final CompletableFuture<Result> result = new CompletableFuture<>();

  BackgroundBound(AllocationProblem problem, Candidates candidates, int[] fixed, long millis, BooleanSupplier cancelled) {
    this.problem = problem;
    this.candidates = candidates;
    this.fixed = fixed;
    this.millis = millis;
    this.cancelled = cancelled;
  }

  /** Starts bounding allocations that serve at least {@code schools} schools and place at least {@code groups} groups. */
  void start(Allocation incumbent, int schools, int groups) {
    Thread thread = new Thread(() -> {
      try (LpBound lp = new LpBound(problem, candidates, fixed, millis, () -> stopped.get() || cancelled.getAsBoolean())) {
        lp.start(incumbent);
        Result first = new Result(lp.groups(schools), lp.points(schools, groups));
        Target target = last.get();
        if (target.schools() > schools || target.groups() > groups) {
          // The final allocation's pairs keep the restricted LP feasible under the tighter rows.
          lp.start(target.allocation());
          int groupsBound = target.schools() > schools ? lp.groups(target.schools()) : first.groups();
          int pointsBound = lp.points(target.schools(), target.groups());
          result.complete(new Result(Math.min(first.groups(), groupsBound), Math.min(first.points(), pointsBound)));
        } else {
          result.complete(first);
        }
      } catch (InterruptedException e) {
        result.completeExceptionally(new CancellationException("allocation interrupted"));
      } catch (RuntimeException | Error | ExecutionException e) {
        result.completeExceptionally(e);
      }
    }, "allocation-lp-bound");
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands over the final allocation and waits for bounds that hold for every allocation at least as good on schools and groups. */
  Result await(Allocation allocation, int schools, int groups) {
    last.complete(new Target(allocation, schools, groups));
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
  void stop() {
    stopped.set(true);
    last.cancel(false);
  }
}
