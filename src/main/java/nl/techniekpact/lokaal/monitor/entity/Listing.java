package nl.techniekpact.lokaal.monitor.entity;

import java.time.LocalDate;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * A school as the register lists it, read for counting; {@code contact} fields come from the
 * school's sign-up, when it ever signed up, and are null otherwise.
 */
public record Listing(
    String code,
    String name,
    SchoolKind kind,
    String town,
    String municipality,
    LocalDate closedOn,
    String contactName,
    String contactEmail,
    String contactPhone) {

  /** A school counts in a school year when it was still open at its start. */
  public boolean openIn(SchoolYear year) {
    return closedOn == null || closedOn.isAfter(year.firstDay());
  }
}
