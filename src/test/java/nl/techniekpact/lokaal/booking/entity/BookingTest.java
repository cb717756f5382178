package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Label;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.testing.Wording;
import org.junit.jupiter.api.Test;

/**
 * A booking's own rules: the seats it holds (its group's pupils at most, the session's seats at
 * most), whom it is for, and how it is cancelled, promoted, changed and moved.
 */
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

  @Test
  void aGroupBooksOnlyASessionOfItsOwnEdition() {
    Edition other = edition(EditionKind.SHOW, EditionStatus.OPEN);

    assertInvalid(
        "groupId", () -> Booking.confirmed(session, BookingFixtures.group(other, 20), 20));
  }

  @Test
  void aGroupBooksOnlyASessionForItsLevel() {
    ClassGroup groupSix = BookingFixtures.group(show, Level.PO6, 20);

    assertInvalid("groupId", () -> Booking.confirmed(session, groupSix, 20));
    assertInvalid("groupId", () -> Booking.waiting(session, groupSix, 20));
  }

  @Test
  void anEditionWhoseVisitsAreAllocatedRefusesBookings() {
    VisitSlot visit = BookingFixtures.session(companyVisits(), 20, 1);

    StateConflictException refusal =
        assertThrows(StateConflictException.class, () -> Booking.requireBookable(visit));
    assertEquals("booking.allocated", refusal.key());
    assertDoesNotThrow(() -> Booking.requireBookable(session));
  }

  @Test
  void aBookingIsCancelledOnceAndASecondCancelIsAConflict() {
    Booking booking = Booking.confirmed(session, twenty, 20);

    booking.cancel();

    assertEquals(Booking.Status.CANCELLED, booking.status());
    assertEquals(1, booking.sequence());
    assertThrows(StateConflictException.class, booking::cancel);
    assertEquals(1, booking.sequence(), "nothing more for the calendar to hear about");
  }

  @Test
  void aTeacherLeavesTheWaitingListByCancellingItsPlace() {
    Booking waiting = Booking.waiting(session, twenty, 20);

    waiting.cancel();

    assertTrue(waiting.isCancelled());
    assertThrows(StateConflictException.class, waiting::promote);
  }

  @Test
  void onlyAWaitingBookingIsPromotedAndItsCalendarHearsOfIt() {
    Booking waiting = Booking.waiting(session, twenty, 20);

    waiting.promote();

    assertTrue(waiting.isConfirmed());
    assertEquals(1, waiting.sequence());
    assertThrows(StateConflictException.class, waiting::promote);
  }

  @Test
  void aCancelledBookingCannotChangeOrMove() {
    Booking booking = Booking.confirmed(session, twenty, 15);
    booking.cancel();

    assertThrows(StateConflictException.class, () -> booking.changePupils(10));
    assertThrows(StateConflictException.class, () -> booking.moveTo(slot(30)));
    assertEquals(15, booking.pupils());
    assertEquals(session, booking.slot());
  }

  @Test
  void aBookingMovesToAnotherSessionOfItsEditionAndLevelAndItsCalendarHearsOfIt() {
    Booking booking = Booking.confirmed(session, twenty, 15);
    VisitSlot other = slot(30);

    booking.moveTo(other);

    assertEquals(other, booking.slot());
    assertEquals(1, booking.sequence());
  }

  @Test
  void aBookingDoesNotMoveToASessionOfAnotherEdition() {
    Booking booking = Booking.confirmed(session, twenty, 15);
    VisitSlot elsewhere =
        BookingFixtures.session(edition(EditionKind.SHOW, EditionStatus.OPEN), 30);

    assertInvalid("slotId", () -> booking.moveTo(elsewhere));
    assertEquals(session, booking.slot());
    assertEquals(0, booking.sequence());
  }

  @Test
  void aBookingDoesNotMoveToASessionNotForItsGroupsLevel() {
    Booking booking = Booking.confirmed(session, twenty, 15);
    VisitSlot forOthers =
        VisitSlot.atCompany(
            show,
            "S00002",
            company("C0002"),
            FIRST_DAY,
            new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
            30,
            5,
            Levels.of(Level.VO1));

    assertInvalid("slotId", () -> booking.moveTo(forOthers));
  }

  @Test
  void everyChangeOfPupilsRaisesTheSequenceForTheCalendar() {
    Booking booking = Booking.confirmed(session, twenty, 15);

    booking.changePupils(10);
    booking.changePupils(12);

    assertEquals(2, booking.sequence());
  }

  @Test
  void aBookingOfMorePupilsThanTheGroupHasSaysSoByTheGroupsName() {
    InvalidValueException refusal =
        assertInvalid("pupils", () -> Booking.confirmed(session, twenty, 21));
    Violation v = refusal.violations().get(0);
    Messages dutch = Messages.in(Messages.DUTCH);

    String text =
        dutch.text(
            v.key(), Stream.concat(Stream.of(new Label(v.field())), v.args().stream()).toArray());

    assertEquals(
        "Aantal leerlingen: groep 7a heeft 20 leerlingen, dus kunt u niet 21 plaatsen boeken."
            + " Boek hoogstens 20 plaatsen, of pas eerst het aantal leerlingen van de klas aan.",
        text);
    assertEquals(List.of(), Wording.faults(text));
  }

  private ClassGroup group(int pupils) {
    return BookingFixtures.group(show, pupils);
  }

  private VisitSlot slot(int seats) {
    return BookingFixtures.session(show, seats);
  }
}
