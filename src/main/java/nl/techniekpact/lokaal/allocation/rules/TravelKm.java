package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;

/**
 * Objective term 4: total straight-line distance from school to host of the placed groups, in
 * metres.
 */
public final class TravelKm {

  private TravelKm() {}

  // Why last: shorter trips cost less time and money, but never at the price of a visit or a wish.
  public static int metres(double km) {
    return (int) Math.round(km * 1000);
  }

  public static int metres(AllocationProblem problem, int group, int slot) {
    return metres(
        problem.schoolOfGroup(group).position().distanceKm(problem.hostOfSlot(slot).position()));
  }

  /**
   * The exact total, rounded to whole metres once: rounding each trip first would drift by tens of
   * metres over thousands of groups, enough to change the tenth of a kilometre that is reported.
   */
  public static long total(AllocationProblem problem, Allocation allocation) {
    double km = 0;
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (allocation.isPlaced(g)) {
        km +=
            problem
                .schoolOfGroup(g)
                .position()
                .distanceKm(problem.hostOfSlot(allocation.slotOf(g)).position());
      }
    }
    return Math.round(km * 1000);
  }
}
