package nl.techniekpact.lokaal.proposal.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.allocation.control.AllocationRequest;
import nl.techniekpact.lokaal.allocation.control.Allocator;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.PinsRejectedException;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * Runs allocations in the background through the {@link Allocator}, as scripts/allocate does, one
 * at a time per edition, with progress (stage, best objective so far) to show and a cancel switch.
 * The result is saved as the edition's proposal by {@link ProposalWriter} in its own transaction.
 */
@ApplicationScoped
public class AllocationJobs {

  private static final Logger LOG = Logger.getLogger(AllocationJobs.class.getName());

  /** What an organiser sees of a run. */
  public record Status(
      String state,
      Stage stage,
      Objective best,
      String method,
      Boolean optimal,
      Double gapPoints,
      Instant started,
      Instant finished,
      String error) {}

  private static final class Job {
    final AtomicBoolean cancelled = new AtomicBoolean();
    final Instant started = Instant.now();
    volatile Progress progress = new Progress(Stage.CANDIDATES, Optional.empty());
    volatile String state = "RUNNING";
    volatile AllocationResult result;
    volatile Instant finished;
    volatile String error;
  }

  @Resource ManagedExecutorService executor;
  @Inject ProposalWriter writer;

  private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

  /**
   * Starts a run; pins that break a hard rule (the edition changed since they were set) are refused
   * at once.
   */
  public void start(long editionId, AllocationProblem problem, List<Pin> pins, long seed) {
    try {
      Allocator.pins(problem, pins);
    } catch (PinsRejectedException e) {
      throw new StateConflictException("allocation.pinsBroken", e.violations().size());
    }
    Job job = new Job();
    Job running =
        jobs.compute(
            editionId, (id, old) -> old != null && "RUNNING".equals(old.state) ? old : job);
    if (running != job) {
      throw new StateConflictException("allocation.running");
    }
    executor.submit(() -> run(editionId, problem, pins, seed, job));
  }

  public boolean cancel(long editionId) {
    Job job = jobs.get(editionId);
    if (job == null || !"RUNNING".equals(job.state)) {
      return false;
    }
    job.cancelled.set(true);
    return true;
  }

  public Optional<Status> status(long editionId) {
    Job job = jobs.get(editionId);
    if (job == null) {
      return Optional.empty();
    }
    AllocationResult r = job.result;
    return Optional.of(
        new Status(
            job.state,
            job.progress.stage(),
            r != null ? r.objective() : job.progress.best().orElse(null),
            r == null ? null : r.method().name(),
            r == null ? null : r.optimal(),
            r == null ? null : r.gapPoints(),
            job.started,
            job.finished,
            job.error));
  }

  private void run(long editionId, AllocationProblem problem, List<Pin> pins, long seed, Job job) {
    try {
      // The same facade, defaults and seed as scripts/allocate: the same edition gives the same
      // proposal.
      AllocationResult result =
          new Allocator()
              .allocate(
                  AllocationRequest.of(problem)
                      .withPins(pins)
                      .withSeed(seed)
                      .withProgress(p -> job.progress = p)
                      .withCancellation(job.cancelled::get));
      if (job.cancelled.get()) {
        job.state = "CANCELLED";
        return;
      }
      writer.save(editionId, problem, result.allocation());
      job.result = result;
      job.state = "DONE";
    } catch (CancellationException e) {
      job.state = "CANCELLED";
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Allocation of edition " + editionId + " failed", e);
      job.error = e.getMessage();
      job.state = job.cancelled.get() ? "CANCELLED" : "FAILED";
    } finally {
      job.finished = Instant.now();
    }
  }
}
