package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Slot;

/** Hard rule: a slot receives no more groups than its host allows. */
public final class MaxGroupsRule {

  public static final String NAME = "max_groups";

  private MaxGroupsRule() {}

  // Why: each group needs its own guide, and a host has only so many.
  public static boolean fits(int groups, Slot slot) {
    return groups <= slot.maxGroups();
  }

  public static String reason(int groups, Slot slot) {
    return "slot "
        + slot.id()
        + " takes at most "
        + slot.maxGroups()
        + " groups, "
        + groups
        + " were placed";
  }
}
