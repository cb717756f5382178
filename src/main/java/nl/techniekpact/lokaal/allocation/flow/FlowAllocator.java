package nl.techniekpact.lokaal.allocation.flow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.techniekpact.lokaal.allocation.bounds.BackgroundBound;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import nl.techniekpact.lokaal.allocation.search.LocalSearch;

/**
 * The national-size method. A relaxed flow (slots counted in groups, seats only limiting how many
 * fit) bounds schools and groups and shapes the seat split; the seat-split flow gives a feasible
 * start; local search, window re-solves and a second flow around the result improve it. Meanwhile
 * the LP relaxation runs on the other core and bounds groups and wish points.
 */
public final class FlowAllocator {

  public record Outcome(Allocation allocation, Bounds bounds, boolean optimal) {}

  private static final int WINDOW_ROUNDS = 2;

  /**
   * The search may take the time limit less this much, counted in its own thread's CPU time: the LP
   * bound's last round needs the rest.
   */
  private static final long SEARCH_MARGIN_MILLIS = 30_000;

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final int[] fixed;
  private final long seed;
  private final BooleanSupplier cancelled;
  private final Consumer<Progress> progress;
  private final long deadline;

  /**
   * @param deadline when the run must be done (epoch millis)
   */
  public FlowAllocator(
      AllocationProblem problem,
      Candidates candidates,
      int[] fixed,
      long seed,
      BooleanSupplier cancelled,
      Consumer<Progress> progress,
      long deadline) {
    this.problem = problem;
    this.candidates = candidates;
    this.fixed = fixed;
    this.seed = seed;
    this.cancelled = cancelled;
    this.progress = progress;
    this.deadline = deadline;
  }

  public Outcome solve() {
    BooleanSupplier timeLeft =
        cpuTimeLeft(deadline - System.currentTimeMillis() - SEARCH_MARGIN_MILLIS);
    SeatFlow flow = new SeatFlow(problem, candidates);
    SubSlots subSlots = new SubSlots(problem, candidates, fixed);
    progress.accept(new Progress(Stage.BOUNDS, Optional.empty()));
    Allocation relaxed =
        flow.solve(subSlots.relaxed(), fixed, FlowWeights.withoutTravel(problem.groupCount()));
    Objective relaxation = ObjectiveFunction.evaluate(problem, relaxed);
    throwIfCancelled();
    progress.accept(new Progress(Stage.FLOW, Optional.empty()));
    FlowWeights weights = FlowWeights.withTravel(problem.groupCount(), candidates);
    Allocation best = flow.solve(subSlots.around(relaxed, fixed), fixed, weights);
    throwIfCancelled();
    LocalSearch search = new LocalSearch(problem, candidates, fixed, seed, cancelled);
    best = report(search.improve(best));
    BackgroundBound bound = new BackgroundBound(problem, candidates, fixed, deadline, cancelled);
    Objective start = ObjectiveFunction.evaluate(problem, best);
    bound.start(best, start.schools(), start.groups());
    try {
      best = report(search.repack(best, WINDOW_ROUNDS, timeLeft));
      if (timeLeft.getAsBoolean()) {
        Allocation again = search.improve(flow.solve(subSlots.around(best, fixed), fixed, weights));
        if (ObjectiveFunction.evaluate(problem, again)
            .isBetterThan(ObjectiveFunction.evaluate(problem, best))) {
          best = report(again);
        }
      }
      Objective reached = ObjectiveFunction.evaluate(problem, best);
      progress.accept(new Progress(Stage.LP_BOUND, Optional.of(reached)));
      BackgroundBound.Result lp = bound.await();
      return new Outcome(best, bounds(relaxation, reached, lp), false);
    } finally {
      bound.stop();
    }
  }

  /**
   * Whether the calling thread has used less than {@code millis} of CPU time since this call.
   * Unlike the clock on the wall, this does not run faster when other work shares the machine, so
   * such work slows a run down but does not change its result: an edition and a seed give one
   * allocation.
   */
  private static BooleanSupplier cpuTimeLeft(long millis) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      long end = System.currentTimeMillis() + millis;
      return () -> System.currentTimeMillis() < end;
    }
    long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
    return () -> threads.getCurrentThreadCpuTime() < end;
  }

  private Allocation report(Allocation allocation) {
    progress.accept(
        new Progress(
            Stage.LOCAL_SEARCH, Optional.of(ObjectiveFunction.evaluate(problem, allocation))));
    throwIfCancelled();
    return allocation;
  }

  /**
   * Schools from the relaxed flow (exact for its relaxation); groups from the flow or the LP,
   * whichever is lower; points from the LP, or from the flow when the result reaches the flow's
   * schools and groups. The LP requires the schools and groups of the first local-search result,
   * which the final allocation reaches or passes, so its bounds hold for every allocation at least
   * as good as the one returned on those levels.
   */
  private static Bounds bounds(Objective relaxation, Objective reached, BackgroundBound.Result lp) {
    int groups = Math.min(relaxation.groups(), lp.groups());
    int points = lp.points();
    String source = "lp";
    if (reached.groups() == relaxation.groups()
        && reached.schools() == relaxation.schools()
        && relaxation.points() < points) {
      points = relaxation.points();
      source = "flow";
    }
    return new Bounds(relaxation.schools(), groups, points, source);
  }

  private void throwIfCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("allocation cancelled");
    }
  }
}
