package nl.techniekpact.lokaal.monitor.entity;

import java.time.LocalDate;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * One row of an activities file: one school's part in one activity, which the file names by its
 * name, kind and day. {@code line} is the row's line in the file, for errors.
 */
public record ActivityLine(
    int line,
    String name,
    String kind,
    LocalDate day,
    SchoolId school,
    int groups,
    int pupils,
    Level level) {

  /** Rows with the same key are parts of one activity. */
  public String activityKey() {
    return ActivityKind.key(kind) + "\n" + name + "\n" + day;
  }
}
