package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;

/** Hard rule: a group only takes a slot meant for its level. */
public final class LevelRule {

  public static final String NAME = "level";

  private LevelRule() {}

  // Why: a host prepares its programme for certain school years; another year would not follow it.
  public static boolean allows(Group group, Slot slot) {
    return slot.levels().contains(group.level());
  }

  public static String reason(Group group, Slot slot) {
    return "slot " + slot.id() + " is for " + slot.levels() + ", not for " + group.level();
  }
}
