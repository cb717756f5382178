package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;

/** Hard rule: a group only takes a slot on one of the days it can go. */
public final class DayRule {

  public static final String NAME = "day";

  private DayRule() {}

  // Why: on other days the class has lessons, tests or no teacher to go along.
  public static boolean allows(Group group, Slot slot) {
    return group.days().contains(slot.date());
  }

  public static String reason(Group group, Slot slot) {
    return "slot "
        + slot.id()
        + " is on "
        + slot.date()
        + ", not on a day group "
        + group.id()
        + " can go";
  }
}
