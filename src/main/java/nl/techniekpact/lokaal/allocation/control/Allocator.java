package nl.techniekpact.lokaal.allocation.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import nl.techniekpact.lokaal.allocation.bounds.RelaxedBound;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.PinsRejectedException;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import nl.techniekpact.lokaal.allocation.exact.LexicographicMip;
import nl.techniekpact.lokaal.allocation.flow.FlowAllocator;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import nl.techniekpact.lokaal.allocation.search.LocalSearch;

/**
 * The one entry to allocation, for the server and the command line alike. It finds the candidates,
 * checks the pins, picks the method (the exact MIP when the edition is small enough to prove, else
 * flow with local search), reports progress, honours a cancel (from the request or by interrupting
 * the calling thread, answered with a {@link java.util.concurrent.CancellationException}) and
 * checks the result against every hard rule before returning it.
 */
public final class Allocator {

  /** Up to about this many groups the MIP proves the optimum quickly (docs/allocator.md). */
  public static final int MOST_MIP_GROUPS = 600;

  /** Beyond this many candidate pairs the flow is the safer choice. */
  public static final int MOST_MIP_PAIRS = 30_000;

  public AllocationResult allocate(AllocationRequest request) {
    long started = System.nanoTime();
    AllocationProblem problem = request.problem();
    Thread caller = Thread.currentThread();
    BooleanSupplier cancelled = () -> request.cancelled().getAsBoolean() || caller.isInterrupted();
    request.progress().accept(new Progress(Stage.CANDIDATES, Optional.empty()));
    Candidates candidates = CandidateGenerator.generate(problem);
    Allocation pins = pins(problem, request.pins());
    int[] fixed = pins.toArray();
    Method method = request.method().orElse(choose(problem, candidates));
    long millis = request.timeLimit().toMillis();
    Allocation allocation;
    Bounds bounds;
    boolean optimal;
    switch (method) {
      case MIP -> {
        var outcome =
            new LexicographicMip(millis, cancelled, request.progress())
                .solve(
                    problem,
                    candidates,
                    fixed,
                    FirstComeFirstServed.allocate(problem, candidates, pins));
        optimal = outcome.optimal();
        bounds = outcome.bounds();
        // A MIP stopped by the time limit may not have reached the later levels: local search can
        // only help.
        allocation =
            optimal
                ? outcome.allocation()
                : new LocalSearch(problem, candidates, fixed, request.seed(), cancelled)
                    .improve(outcome.allocation());
      }
      case FLOW -> {
        long deadline = System.currentTimeMillis() + millis;
        var outcome =
            new FlowAllocator(
                    problem,
                    candidates,
                    fixed,
                    request.seed(),
                    cancelled,
                    request.progress(),
                    deadline)
                .solve();
        allocation = outcome.allocation();
        bounds = outcome.bounds();
        optimal = outcome.optimal();
      }
      default -> {
        allocation = FirstComeFirstServed.allocate(problem, candidates, pins);
        bounds = RelaxedBound.of(problem, candidates, fixed);
        optimal = false;
      }
    }
    var violations = FeasibilityCheck.violations(problem, allocation);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "the " + method.code() + " allocation breaks hard rules: " + violations);
    }
    Objective objective = ObjectiveFunction.evaluate(problem, allocation);
    request.progress().accept(new Progress(Stage.DONE, Optional.of(objective)));
    return new AllocationResult(
        problem,
        candidates,
        allocation,
        objective,
        method,
        bounds,
        optimal,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The MIP for regional editions, flow with local search beyond. */
  public static Method choose(AllocationProblem problem, Candidates candidates) {
    return problem.groupCount() <= MOST_MIP_GROUPS && candidates.size() <= MOST_MIP_PAIRS
        ? Method.MIP
        : Method.FLOW;
  }

  /** The pins as an allocation, after checking them against every hard rule, alone and together. */
  public static Allocation pins(AllocationProblem problem, List<Pin> pins) {
    List<Placement> placements = new ArrayList<>();
    for (Pin pin : pins) {
      placements.add(Placement.placed(pin.groupId(), pin.slotId()));
    }
    var violations = FeasibilityCheck.violations(problem, placements);
    if (!violations.isEmpty()) {
      throw new PinsRejectedException(violations);
    }
    Allocation empty = Allocation.empty(problem.groupCount());
    int[] slots = empty.toArray();
    for (Pin pin : pins) {
      slots[problem.groupIndex(pin.groupId())] = problem.slotIndex(pin.slotId());
    }
    return new Allocation(slots);
  }
}
