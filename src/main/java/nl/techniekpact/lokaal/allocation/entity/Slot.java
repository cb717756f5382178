package nl.techniekpact.lokaal.allocation.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.techniekpact.lokaal.event.entity.Level;

/**
 * One visit a host offers: a date, room for at most {@code capacityPupils} pupils in at most {@code
 * maxGroups} groups.
 */
public record Slot(
    String id,
    String hostId,
    LocalDate date,
    int capacityPupils,
    int maxGroups,
    Set<Level> levels) {

  public Slot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(date, "date");
    if (capacityPupils < 0 || maxGroups < 0) {
      throw new IllegalArgumentException("slot " + id + " has a negative capacity");
    }
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("slot " + id + " admits no level");
    }
    // An EnumSet keeps the level check of candidate generation a bit test.
    levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
  }
}
