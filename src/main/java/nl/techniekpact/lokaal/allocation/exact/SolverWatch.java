package nl.techniekpact.lokaal.allocation.exact;

import com.google.ortools.linearsolver.MPSolver;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Interrupts a running MIP solve when the organiser cancels: a native solve does not look at Java's
 * interrupt flag, so a small daemon thread polls the cancellation and asks the solver to stop.
 */
final class SolverWatch implements AutoCloseable {

  private static final long POLL_MILLIS = 50;

  private final BooleanSupplier cancelled;
  private final Thread watcher;
  private volatile boolean closed;

  SolverWatch(MPSolver solver, BooleanSupplier cancelled) {
    this.cancelled = cancelled;
    watcher =
        new Thread(
            () -> {
              while (!closed) {
                if (isCancelled()) {
                  // Again on every poll: a request that came between two solves would otherwise be
                  // lost.
                  solver.interruptSolve();
                }
                try {
                  Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "allocation-solver-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private boolean isCancelled() {
    return cancelled.getAsBoolean();
  }

  void throwIfCancelled() {
    if (isCancelled()) {
      throw new CancellationException("allocation cancelled");
    }
  }

  @Override
  public void close() {
    closed = true;
    watcher.interrupt();
    try {
      watcher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
