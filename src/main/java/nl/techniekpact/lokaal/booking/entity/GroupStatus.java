package nl.techniekpact.lokaal.booking.entity;

import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;

/** Where a class group stands in its edition, as its school sees it. */
public enum GroupStatus {
  /** Registered, and no place decided yet. */
  REGISTERED,
  /** A confirmed visit: seats in a session, or a place in the published allocation. */
  PLACED,
  /** Waiting for a place: on a session's waiting list, or left out of the published allocation. */
  WAITING;

  /**
   * The status of a group with these bookings (cancelled ones may be among them) in the edition.
   */
  public static GroupStatus of(Edition edition, List<Booking> bookings) {
    if (bookings.stream().anyMatch(Booking::isConfirmed)) {
      return PLACED;
    }
    if (bookings.stream().anyMatch(Booking::isWaiting)) {
      return WAITING;
    }
    // Once the organisers publish an allocation, a group without a visit waits for one that comes
    // free.
    if (edition.kind().isAllocated() && edition.status() == EditionStatus.PUBLISHED) {
      return WAITING;
    }
    return REGISTERED;
  }
}
