package nl.techniekpact.lokaal.monitor.entity;

import java.time.LocalDate;
import java.util.Objects;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;

/**
 * One activity of one school as the monitor counts it: a confirmed visit of one of its groups in an
 * edition (placements are published as bookings), or the school's part in an activity held outside
 * Lokaal. Cancelled bookings and waiting lists are no activity at all.
 *
 * @param schoolCode BRIN + location, which matches the school to the register
 * @param editionKind the edition's kind, or null for an activity outside Lokaal
 * @param externalKind the name of the kind of an activity outside Lokaal, or null
 * @param level the group's level; null when an external activity did not record it
 * @param hostId the company that received the group, or null (venues, external activities)
 * @param hostSector that company's sector, or null
 * @param ratingSum the sum of the 1-5 ratings given for this visit
 * @param ratings how many ratings were given
 */
public record Activity(
    String schoolCode,
    EditionKind editionKind,
    String externalKind,
    LocalDate day,
    Turnout turnout,
    int groups,
    int pupils,
    Level level,
    Long hostId,
    String hostSector,
    int ratingSum,
    int ratings) {

  public Activity {
    Objects.requireNonNull(schoolCode);
    Objects.requireNonNull(day);
    Objects.requireNonNull(turnout);
    if ((editionKind == null) == (externalKind == null)) {
      throw new IllegalArgumentException(
          "an activity is of an edition kind or of an external kind");
    }
  }

  /** Only activities that took place count toward the goal and the pupils reached. */
  public boolean counts() {
    return turnout == Turnout.ATTENDED;
  }

  /** The kind as a key: the edition kind's name, or the external kind's name. */
  public String kindKey() {
    return editionKind != null ? editionKind.name() : externalKind;
  }
}
