package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;
import java.util.Optional;

/** One row of allocation.csv: a group and its slot, or no slot when it is on the waiting list. */
public record Placement(String groupId, Optional<String> slotId) {

  public Placement {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(slotId, "slotId");
  }

  public static Placement placed(String groupId, String slotId) {
    return new Placement(groupId, Optional.of(slotId));
  }

  public static Placement waiting(String groupId) {
    return new Placement(groupId, Optional.empty());
  }

  public boolean isWaiting() {
    return slotId.isEmpty();
  }
}
