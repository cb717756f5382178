package nl.techniekpact.lokaal.allocation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * Runs allocations in the background, one at a time per edition, with progress (stage, best
 * objective so far) to show and a cancel switch. The result is saved as the edition's proposal
 * by {@link ProposalWriter} in its own transaction.
 */
@ApplicationScoped
public class AllocationJobs {

  private static final Logger LOG = Logger.getLogger(AllocationJobs.class.getName());
  /** Beyond this the best allocation found so far is kept, reported as not proven optimal. */
  private static final long TIME_LIMIT_MILLIS = 120_000;

  /** What an organiser sees of a run. */
  public record Status(String state, Stage stage, Objective best, String method, Boolean optimal, Double gapPoints,
      Instant started, Instant finished, String error) {}

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

  public void start(long editionId, AllocationProblem problem, List<Pin> pins, long seed) {
    Job job = new Job();
    Job running = jobs.compute(editionId, (id, old) -> old != null && "RUNNING".equals(old.state) ? old : job);
    if (running != job) {
      throw new StateConflictException("an allocation of this edition is already running");
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
    return Optional.of(new Status(job.state, job.progress.stage(), r != null ? r.objective() : job.progress.best().orElse(null),
        r == null ? null : r.method().name(), r == null ? null : r.optimal(), r == null ? null : r.gapPoints(), job.started, job.finished, job.error));
  }

  private void run(long editionId, AllocationProblem problem, List<Pin> pins, long seed, Job job) {
    try {
      long started = System.nanoTime();
      job.progress = new Progress(Stage.CANDIDATES, Optional.empty());
      Candidates candidates = CandidateGenerator.generate(problem);
      int[] pinned = new int[problem.groupCount()];
      Arrays.fill(pinned, Allocation.WAITING);
      for (Pin pin : pins) {
        if (problem.hasGroup(pin.groupId()) && problem.hasSlot(pin.slotId())) {
          pinned[problem.groupIndex(pin.groupId())] = problem.slotIndex(pin.slotId());
        }
      }
      // The exact lexicographic MIP: regional editions (hundreds of groups) are proven optimal in seconds.
      var outcome = new LexicographicMip(TIME_LIMIT_MILLIS, job.cancelled::get, p -> job.progress = p)
          .solve(problem, candidates, pinned, Allocation.empty(problem.groupCount()));
      if (job.cancelled.get()) {
        job.state = "CANCELLED";
        return;
      }
      Objective objective = ObjectiveFunction.evaluate(problem, outcome.allocation());
      writer.save(editionId, problem, outcome.allocation());
      job.result = new AllocationResult(problem, candidates, outcome.allocation(), objective, Method.MIP, outcome.bounds(),
          outcome.optimal(), Duration.ofNanos(System.nanoTime() - started));
      job.progress = new Progress(Stage.DONE, Optional.of(objective));
      job.state = "DONE";
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Allocation of edition " + editionId + " failed", e);
      job.error = e.getMessage();
      job.state = job.cancelled.get() ? "CANCELLED" : "FAILED";
    } finally {
      job.finished = Instant.now();
    }
  }
}
