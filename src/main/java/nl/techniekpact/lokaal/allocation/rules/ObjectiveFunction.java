package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Objective;

/**
 * The four objective terms of an allocation together, from the allocation alone (not from a
 * solver's say-so).
 */
public final class ObjectiveFunction {

  private ObjectiveFunction() {}

  public static Objective evaluate(AllocationProblem problem, Allocation allocation) {
    return new Objective(
        SchoolsServed.count(problem, allocation),
        GroupsPlaced.count(allocation),
        WishPoints.total(problem, allocation),
        TravelKm.total(problem, allocation));
  }
}
