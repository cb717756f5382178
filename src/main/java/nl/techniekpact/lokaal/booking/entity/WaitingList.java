package nl.techniekpact.lokaal.booking.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session's waiting list, first in line first: who moves up when seats come free. Groups move up
 * in turn; one that does not fit what is left is passed over for a later, smaller one that does,
 * and keeps its place in line.
 */
public record WaitingList(List<Booking> inLine) {

  public WaitingList {
    inLine = List.copyOf(Objects.requireNonNull(inLine, "inLine"));
  }

  /** The waiting bookings that the seats and group places left in {@code count} take, in order. */
  public List<Booking> toPromote(SeatCount count) {
    List<Booking> promoted = new ArrayList<>();
    SeatCount left = Objects.requireNonNull(count, "count");
    for (Booking waiting : inLine) {
      if (waiting.isWaiting() && left.fits(waiting.pupils())) {
        promoted.add(waiting);
        left = left.with(waiting.pupils());
      }
    }
    return promoted;
  }
}
