package nl.techniekpact.lokaal.allocation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.entity.Placement;

/** Hard rule: a group has at most one slot. */
public final class OneSlotPerGroupRule {

  public static final String NAME = "one_slot_per_group";

  private OneSlotPerGroupRule() {}

  // Why: one visit per class is what the week offers; a second would take a place another class
  // needs.
  public static List<String> groupsWithMoreThanOneSlot(List<Placement> placements) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (Placement p : placements) {
      if (!seen.add(p.groupId()) && reported.add(p.groupId())) {
        twice.add(p.groupId());
      }
    }
    return twice;
  }

  public static String reason(String groupId) {
    return "group " + groupId + " occurs more than once";
  }
}
