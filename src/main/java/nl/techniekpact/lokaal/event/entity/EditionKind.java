package nl.techniekpact.lokaal.event.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;

/** What kind of event an edition is, which decides how class groups get their visits. */
public enum EditionKind {
  /** Week van de Techniek: classes visit companies; organisers allocate groups to slots. */
  COMPANY_VISITS(true),
  /** "7 werelden van techniek": a game show in sessions, booked first come, first served. */
  SHOW(false),
  /** Visits to an innovation centre such as ICER, booked first come, first served. */
  CENTRE_VISIT(false);

  private final boolean allocated;

  EditionKind(boolean allocated) {
    this.allocated = allocated;
  }

  /** Whether organisers allocate groups to slots (rather than schools booking directly). */
  public boolean isAllocated() {
    return allocated;
  }

  /**
   * Refuses a registration that closes too late: allocated events need the days between closing and
   * the first visit to allocate and publish; booked events close by their last day.
   */
  void requireRegistrationInTime(DateRange registration, DateRange period) {
    registrationTooLate(registration, period)
        .ifPresent(
            late -> {
              throw new InvalidValueException(List.of(late));
            });
  }

  /** Why the registration closes too late for this kind of event, if it does. */
  public Optional<Violation> registrationTooLate(DateRange registration, DateRange period) {
    LocalDate latestClose = allocated ? period.firstDay().minusDays(1) : period.lastDay();
    if (!registration.lastDay().isAfter(latestClose)) {
      return Optional.empty();
    }
    return Optional.of(
        new Violation(
            "registrationCloses",
            allocated ? "registration.closeBeforeVisits" : "registration.closeByLastDay",
            List.of(latestClose)));
  }
}
