package nl.techniekpact.lokaal.booking.entity;

import java.util.List;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * What is taken and left of a session or slot, counted from its confirmed bookings. The one rule of
 * "never overbooked": a group fits if its pupils fit the seats left and a group place is left.
 */
public record SeatCount(int seats, int maxGroups, int seatsTaken, int groupsTaken) {

  public static SeatCount of(VisitSlot slot, List<Booking> active) {
    int pupils = 0;
    int groups = 0;
    for (Booking b : active) {
      if (b.isConfirmed()) {
        pupils += b.pupils();
        groups++;
      }
    }
    return new SeatCount(slot.seats(), slot.maxGroups(), pupils, groups);
  }

  /** From the numbers of confirmed groups and pupils, as the database counts them. */
  public static SeatCount of(VisitSlot slot, long groupsTaken, long seatsTaken) {
    return new SeatCount(
        slot.seats(), slot.maxGroups(), Math.toIntExact(seatsTaken), Math.toIntExact(groupsTaken));
  }

  public int seatsLeft() {
    return Math.max(0, seats - seatsTaken);
  }

  public int groupsLeft() {
    return Math.max(0, maxGroups - groupsTaken);
  }

  public boolean fits(int pupils) {
    return groupsLeft() > 0 && pupils <= seatsLeft();
  }

  /** After a confirmed group grows from {@code before} to {@code after} pupils. */
  public boolean fitsGrowth(int before, int after) {
    return after - before <= seatsLeft();
  }

  /** Refuses a group that does not grow into the seats left. */
  public void requireGrowth(int before, int after) {
    if (!fitsGrowth(before, after)) {
      throw new StateConflictException("booking.growth", seatsLeft(), after - before);
    }
  }

  /** Refuses to shrink below the seats and group places that confirmed bookings hold. */
  public void requireRoomWithin(int otherSeats, int otherMaxGroups) {
    if (otherSeats < seatsTaken || otherMaxGroups < groupsTaken) {
      throw new StateConflictException("booking.slot.shrink", seatsTaken, groupsTaken);
    }
  }

  /**
   * The refusal for a group that does not fit and will not wait, naming the group and the session
   * as the school knows them.
   */
  public StateConflictException full(String group, VisitSlot slot) {
    return groupsLeft() == 0
        ? new StateConflictException(
            "booking.full.groups", group, slot.day(), slot.window().start(), maxGroups)
        : new StateConflictException(
            "booking.full.seats", group, slot.day(), slot.window().start(), seatsLeft());
  }

  /** After one more confirmed group of {@code pupils}. */
  public SeatCount with(int pupils) {
    return new SeatCount(seats, maxGroups, seatsTaken + pupils, groupsTaken + 1);
  }
}
