package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;

/**
 * An organiser's decision that a group goes to a slot, whatever the allocator would have chosen.
 */
public record Pin(String groupId, String slotId) {

  public Pin {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(slotId, "slotId");
  }
}
