package nl.techniekpact.lokaal.allocation.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.techniekpact.lokaal.event.entity.Level;

/**
 * A class group asking for one visit: its school, level and size, the days it can go, how far it
 * can travel, and the hosts it wishes for, best first.
 */
public record Group(
    String id,
    String schoolId,
    Level level,
    int pupils,
    Set<LocalDate> days,
    double maxKm,
    List<String> wishes) {

  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schoolId, "schoolId");
    Objects.requireNonNull(level, "level");
    if (pupils < 1) {
      throw new IllegalArgumentException("group " + id + " has no pupils");
    }
    if (!(maxKm >= 0)) {
      throw new IllegalArgumentException("group " + id + " has no reach");
    }
    days = Set.copyOf(days);
    wishes = List.copyOf(wishes);
  }
}
