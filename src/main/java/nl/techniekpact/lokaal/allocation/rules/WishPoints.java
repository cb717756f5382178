package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;

/**
 * Objective term 3: 5, 4, 3, 2, 1 points for a group placed at its 1st..5th wished host, else 0.
 */
public final class WishPoints {

  /** Only the first five wishes count, as the pact's rules say. */
  public static final int COUNTED_WISHES = 5;

  private WishPoints() {}

  // Why third: a visit to a company the class chose motivates more than one it was sent to.
  public static int forRank(int rank) {
    return rank >= 0 && rank < COUNTED_WISHES ? COUNTED_WISHES - rank : 0;
  }

  public static int of(Group group, String hostId) {
    return forRank(group.wishes().indexOf(hostId));
  }

  public static int total(AllocationProblem problem, Allocation allocation) {
    int total = 0;
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (allocation.isPlaced(g)) {
        total += of(problem.group(g), problem.slot(allocation.slotOf(g)).hostId());
      }
    }
    return total;
  }
}
