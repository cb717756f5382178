package nl.techniekpact.lokaal.allocation.control;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.Progress;

/**
 * What to allocate and how: the problem, the organiser's pins, the seed (the same request gives the
 * same allocation), a method or none to let the {@link Allocator} choose by size, where to report
 * progress, how to learn of a cancel, and how long the run may take. Start with {@link #of} and
 * change what differs from the defaults.
 */
public record AllocationRequest(
    AllocationProblem problem,
    List<Pin> pins,
    long seed,
    Optional<Method> method,
    Consumer<Progress> progress,
    BooleanSupplier cancelled,
    Duration timeLimit) {

  /**
   * Enough for a national edition on two cores (docs/allocator.md). The search's share of this is
   * counted in its own CPU time, so a busy machine makes a run slower but not different; the LP
   * bound cuts its rounds short by the clock on the wall (that changes a bound, never the
   * allocation).
   */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(100);

  /** The seed when none is given, in the server and on the command line alike. */
  public static final long DEFAULT_SEED = 1;

  public AllocationRequest {
    Objects.requireNonNull(problem, "problem");
    pins = List.copyOf(pins);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(cancelled, "cancelled");
    Objects.requireNonNull(timeLimit, "timeLimit");
  }

  public static AllocationRequest of(AllocationProblem problem) {
    return new AllocationRequest(
        problem,
        List.of(),
        DEFAULT_SEED,
        Optional.empty(),
        p -> {},
        () -> false,
        DEFAULT_TIME_LIMIT);
  }

  public AllocationRequest withPins(List<Pin> pins) {
    return new AllocationRequest(problem, pins, seed, method, progress, cancelled, timeLimit);
  }

  public AllocationRequest withSeed(long seed) {
    return new AllocationRequest(problem, pins, seed, method, progress, cancelled, timeLimit);
  }

  public AllocationRequest withMethod(Method method) {
    return new AllocationRequest(
        problem, pins, seed, Optional.of(method), progress, cancelled, timeLimit);
  }

  public AllocationRequest withProgress(Consumer<Progress> progress) {
    return new AllocationRequest(problem, pins, seed, method, progress, cancelled, timeLimit);
  }

  public AllocationRequest withCancellation(BooleanSupplier cancelled) {
    return new AllocationRequest(problem, pins, seed, method, progress, cancelled, timeLimit);
  }

  public AllocationRequest withTimeLimit(Duration timeLimit) {
    return new AllocationRequest(problem, pins, seed, method, progress, cancelled, timeLimit);
  }
}
