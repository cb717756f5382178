package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TEACHER;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.school;

import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;

/** Sessions and groups of group 7 for the booking rules' tests. */
final class BookingFixtures {

  private BookingFixtures() {}

  static ClassGroup group(Edition edition, int pupils) {
    return group(edition, Level.PO7, pupils);
  }

  static ClassGroup group(Edition edition, Level level, int pupils) {
    return new ClassGroup(
        edition,
        school(SchoolKind.PO),
        "G0001",
        "groep 7a",
        level,
        pupils,
        TEACHER,
        Days.of(List.of(FIRST_DAY), "days"),
        Transport.BUS,
        40.0);
  }

  static VisitSlot session(Edition edition, int seats) {
    return session(edition, seats, 5);
  }

  static VisitSlot session(Edition edition, int seats, int maxGroups) {
    return VisitSlot.atCompany(
        edition,
        "S00001",
        company("C0001"),
        FIRST_DAY,
        new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
        seats,
        maxGroups,
        Levels.of(Level.PO7, Level.PO8));
  }

  /** A waiting-list place of a group of exactly {@code pupils}. */
  static Booking waiting(VisitSlot session, int pupils) {
    return Booking.waiting(session, group(session.edition(), pupils), pupils);
  }

  /** A confirmed booking of a group of exactly {@code pupils}. */
  static Booking confirmed(VisitSlot session, int pupils) {
    return Booking.confirmed(session, group(session.edition(), pupils), pupils);
  }
}
