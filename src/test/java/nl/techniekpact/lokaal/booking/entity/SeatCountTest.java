package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.confirmed;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.session;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import org.junit.jupiter.api.Test;

/** Never overbooked: a group fits if its pupils fit the seats left and a group place is left. */
class SeatCountTest {

  private final VisitSlot session = session(edition(EditionKind.SHOW, EditionStatus.OPEN), 20, 3);

  @Test
  void onlyConfirmedBookingsTakeSeatsAndGroupPlaces() {
    Booking cancelled = confirmed(session, 3);
    cancelled.cancel();

    SeatCount count =
        SeatCount.of(session, List.of(confirmed(session, 8), waiting(session, 5), cancelled));

    assertEquals(new SeatCount(20, 3, 8, 1), count);
    assertEquals(12, count.seatsLeft());
    assertEquals(2, count.groupsLeft());
  }

  @Test
  void theDatabasesCountsMakeTheSameCount() {
    assertEquals(new SeatCount(20, 3, 13, 2), SeatCount.of(session, 2L, 13L));
  }

  @Test
  void aGroupFitsTheSeatsLeftExactlyButNotOnePupilMore() {
    SeatCount count = new SeatCount(20, 3, 12, 1);

    assertTrue(count.fits(8));
    assertFalse(count.fits(9));
  }

  @Test
  void aGroupDoesNotFitWhenNoGroupPlaceIsLeftHoweverManySeatsAre() {
    assertFalse(new SeatCount(200, 3, 30, 3).fits(1));
  }

  @Test
  void nothingIsLeftBelowZeroWhenASessionHoldsMoreThanItHasSinceShrunk() {
    SeatCount count = new SeatCount(10, 1, 12, 2);

    assertEquals(0, count.seatsLeft());
    assertEquals(0, count.groupsLeft());
  }

  @Test
  void aGroupThatDoesNotFitAndWillNotWaitIsRefusedWithTheSeatsLeft() {
    VisitSlot session = session(edition(EditionKind.SHOW), 10);
    StateConflictException full = new SeatCount(10, 5, 7, 2).full("groep 8a", session);

    assertEquals("booking.full.seats", full.key());
    assertEquals(List.of("groep 8a", session.day(), session.window().start(), 3), full.args());
    assertEquals(
        "groep 8a past niet meer in de sessie van 15 maart 2027 om 9:00: er zijn nog 3 plaatsen."
            + " Kies een andere sessie, of zet de klas op de wachtlijst.",
        Messages.in(Messages.DUTCH).text(full.key(), full.args().toArray()));
  }

  @Test
  void aGroupIsRefusedWhenNoGroupPlaceIsLeftEvenWithSeats() {
    VisitSlot session = session(edition(EditionKind.SHOW), 100);
    StateConflictException full = new SeatCount(100, 2, 40, 2).full("groep 8a", session);

    assertEquals("booking.full.groups", full.key());
    assertEquals(2, full.args().get(3));
  }

  @Test
  void aConfirmedGroupGrowsIntoTheSeatsLeftButNotBeyond() {
    SeatCount count = new SeatCount(20, 5, 18, 2);

    assertTrue(count.fitsGrowth(10, 12));
    assertDoesNotThrow(() -> count.requireGrowth(10, 12));
    assertFalse(count.fitsGrowth(10, 13));
    StateConflictException refusal =
        assertThrows(StateConflictException.class, () -> count.requireGrowth(10, 13));
    assertEquals("booking.growth", refusal.key());
    assertEquals(List.of(2, 3), refusal.args());
  }

  @Test
  void aGroupMayAlwaysShrinkEvenInAFullSession() {
    assertDoesNotThrow(() -> new SeatCount(20, 5, 20, 2).requireGrowth(10, 4));
  }

  @Test
  void aSessionCannotShrinkBelowTheSeatsItsConfirmedBookingsHold() {
    SeatCount count = new SeatCount(20, 5, 15, 2);

    StateConflictException refusal =
        assertThrows(StateConflictException.class, () -> count.requireRoomWithin(14, 5));
    assertEquals("booking.slot.shrink", refusal.key());
    assertEquals(List.of(15, 2), refusal.args());
    assertDoesNotThrow(() -> count.requireRoomWithin(15, 2));
  }

  @Test
  void aSessionCannotHaveFewerGroupPlacesThanItsConfirmedGroups() {
    assertThrows(
        StateConflictException.class, () -> new SeatCount(20, 5, 15, 2).requireRoomWithin(40, 1));
  }

  @Test
  void oneMoreConfirmedGroupTakesItsPupilsAndAGroupPlace() {
    assertEquals(new SeatCount(20, 3, 17, 2), new SeatCount(20, 3, 12, 1).with(5));
  }
}
