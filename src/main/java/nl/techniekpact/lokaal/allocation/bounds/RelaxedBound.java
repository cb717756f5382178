package nl.techniekpact.lokaal.allocation.bounds;

import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.flow.FlowWeights;
import nl.techniekpact.lokaal.allocation.flow.SeatFlow;
import nl.techniekpact.lokaal.allocation.flow.SubSlots;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;

/**
 * Bounds from the relaxed flow alone (slots counted in groups): exact for schools and for groups
 * given the most schools, and for points given both. Cheap, so the baseline gets bounds to compare
 * against.
 */
public final class RelaxedBound {

  private RelaxedBound() {}

  public static Bounds of(AllocationProblem problem, Candidates candidates, int[] fixed) {
    SubSlots subSlots = new SubSlots(problem, candidates, fixed);
    Objective relaxation =
        ObjectiveFunction.evaluate(
            problem,
            new SeatFlow(problem, candidates)
                .solve(subSlots.relaxed(), fixed, FlowWeights.withoutTravel(problem.groupCount())));
    return new Bounds(relaxation.schools(), relaxation.groups(), relaxation.points(), "flow");
  }
}
