package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Slot;

/** Hard rule: the pupils of all groups in a slot fit in its seats. */
public final class SeatsRule {

  public static final String NAME = "seats";

  private SeatsRule() {}

  // Why: the host can only guide and keep safe so many pupils at once.
  public static boolean fits(int pupils, Slot slot) {
    return pupils <= slot.capacityPupils();
  }

  public static String reason(int pupils, Slot slot) {
    return "slot "
        + slot.id()
        + " has "
        + slot.capacityPupils()
        + " seats, "
        + pupils
        + " pupils were placed";
  }
}
