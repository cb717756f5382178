package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TEACHER;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;
import org.junit.jupiter.api.Test;

/** The seats a booking holds: its group's pupils at most, and the session's seats at most. */
class BookingTest {

  private final Edition show = edition(EditionKind.SHOW, EditionStatus.OPEN);
  private final VisitSlot session = slot(200);
  private final ClassGroup twenty = group(20);

  @Test
  void aBookingHoldsAtMostTheSeatsItsGroupHasPupilsFor() {
    assertEquals(20, Booking.confirmed(session, twenty, 20).pupils());
    assertEquals(12, Booking.confirmed(session, twenty, 12).pupils());
  }

  @Test
  void aBookingForMoreSeatsThanItsGroupHasPupilsIsRefused() {
    assertInvalid("pupils", () -> Booking.confirmed(session, twenty, 123));
    assertInvalid("pupils", () -> Booking.confirmed(session, twenty, 21));
  }

  @Test
  void aWaitingListPlaceForMoreSeatsThanItsGroupHasPupilsIsRefused() {
    assertInvalid("pupils", () -> Booking.waiting(session, twenty, 123));
  }

  @Test
  void aBookingCannotGrowBeyondItsGroupsPupilsAndStaysAsItWas() {
    Booking booking = Booking.confirmed(session, twenty, 15);

    assertInvalid("pupils", () -> booking.changePupils(123));

    assertEquals(15, booking.pupils());
    assertEquals(0, booking.sequence(), "no change for the calendar to hear about");
    booking.changePupils(20);
    assertEquals(20, booking.pupils());
  }

  @Test
  void aBookingHoldsNoMoreSeatsThanTheSessionHasAtAll() {
    assertInvalid("pupils", () -> Booking.confirmed(slot(18), twenty, 19));
  }

  @Test
  void aBookingHoldsAtLeastOneSeat() {
    assertInvalid("pupils", () -> Booking.confirmed(session, twenty, 0));
  }

  private ClassGroup group(int pupils) {
    return new ClassGroup(
        show,
        school(SchoolKind.PO),
        "G0001",
        "groep 7a",
        Level.PO7,
        pupils,
        TEACHER,
        Days.of(List.of(FIRST_DAY), "days"),
        Transport.BUS,
        40.0);
  }

  private VisitSlot slot(int seats) {
    return VisitSlot.atCompany(
        show,
        "S00001",
        company("C0001"),
        FIRST_DAY,
        new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
        seats,
        5,
        Levels.of(Level.PO7, Level.PO8));
  }
}
