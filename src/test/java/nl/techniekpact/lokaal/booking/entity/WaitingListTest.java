package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.confirmed;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.session;
import static nl.techniekpact.lokaal.booking.entity.BookingFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import org.junit.jupiter.api.Test;

/** Who moves up from a session's waiting list when seats come free. */
class WaitingListTest {

  private final VisitSlot session = session(edition(EditionKind.SHOW, EditionStatus.OPEN), 10);

  @Test
  void theFirstInLineMovesUpFirst() {
    Booking first = waiting(session, 4);
    Booking second = waiting(session, 4);
    Booking third = waiting(session, 4);

    assertEquals(
        List.of(first, second),
        new WaitingList(List.of(first, second, third)).toPromote(count(10, 5, 2, 1)));
  }

  @Test
  void aGroupThatDoesNotFitIsPassedOverForALaterSmallerOneThatDoes() {
    Booking eight = waiting(session, 8);
    Booking five = waiting(session, 5);
    Booking three = waiting(session, 3);

    assertEquals(
        List.of(five),
        new WaitingList(List.of(eight, five, three)).toPromote(count(10, 5, 4, 1)),
        "six seats free: eight do not fit, five do, then one seat is too few for three");
  }

  @Test
  void seatsAddedGoToTheWaitingGroupsInTurnSkippingThoseTooBig() {
    Booking four = waiting(session, 4);
    Booking six = waiting(session, 6);
    Booking three = waiting(session, 3);

    assertEquals(
        List.of(four, three),
        new WaitingList(List.of(four, six, three)).toPromote(count(17, 5, 10, 1)),
        "seven seats free: four, then three; six do not fit in the three after four");
  }

  @Test
  void nobodyMovesUpWhenNoGroupPlaceIsLeftHoweverManySeatsAre() {
    Booking two = waiting(session, 2);

    assertEquals(List.of(), new WaitingList(List.of(two)).toPromote(count(100, 3, 30, 3)));
  }

  @Test
  void theGroupPlacesLeftLimitHowManyMoveUp() {
    Booking one = waiting(session, 1);
    Booking two = waiting(session, 1);
    Booking three = waiting(session, 1);

    assertEquals(
        List.of(one, two), new WaitingList(List.of(one, two, three)).toPromote(count(10, 5, 3, 3)));
  }

  @Test
  void nobodyMovesUpWhenNoSeatIsFree() {
    assertEquals(
        List.of(), new WaitingList(List.of(waiting(session, 1))).toPromote(count(10, 5, 10, 2)));
  }

  @Test
  void aGroupThatFillsTheSeatsExactlyMovesUp() {
    Booking six = waiting(session, 6);

    assertEquals(List.of(six), new WaitingList(List.of(six)).toPromote(count(10, 5, 4, 1)));
  }

  @Test
  void onlyBookingsStillWaitingMoveUp() {
    Booking left = waiting(session, 2);
    left.cancel();
    Booking seated = confirmed(session, 2);
    Booking waiting = waiting(session, 2);

    assertEquals(
        List.of(waiting),
        new WaitingList(List.of(left, seated, waiting)).toPromote(count(10, 5, 0, 0)));
  }

  @Test
  void anEmptyWaitingListPromotesNobody() {
    assertEquals(List.of(), new WaitingList(List.of()).toPromote(count(10, 5, 0, 0)));
  }

  @Test
  void theWaitingListIsItsOwnCopyOfTheLine() {
    List<Booking> line = new ArrayList<>(List.of(waiting(session, 2)));
    WaitingList list = new WaitingList(line);
    line.clear();

    assertEquals(1, list.inLine().size());
    assertThrows(UnsupportedOperationException.class, () -> list.inLine().clear());
  }

  @Test
  void sayingWhomToPromoteChangesNoBooking() {
    Booking waiting = waiting(session, 2);

    new WaitingList(List.of(waiting)).toPromote(count(10, 5, 0, 0));

    assertEquals(Booking.Status.WAITING, waiting.status());
  }

  private static SeatCount count(int seats, int maxGroups, int seatsTaken, int groupsTaken) {
    return new SeatCount(seats, maxGroups, seatsTaken, groupsTaken);
  }
}
