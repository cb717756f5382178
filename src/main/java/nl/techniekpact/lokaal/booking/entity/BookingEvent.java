package nl.techniekpact.lokaal.booking.entity;

/**
 * Something happened to a booking that its teacher and school must hear about. Fired inside the
 * booking's transaction; the notification feature turns it into mail in that same transaction.
 */
public sealed interface BookingEvent {

  Booking booking();

  /** Seats taken at once. */
  record Confirmed(Booking booking) implements BookingEvent {}

  /** Full: on the waiting list. */
  record Waitlisted(Booking booking) implements BookingEvent {}

  /** From the waiting list into seats that came free. */
  record Promoted(Booking booking) implements BookingEvent {}

  /** Another number of pupils, or another session. */
  record Changed(Booking booking) implements BookingEvent {}

  /** Cancelled by the school, or with its whole session by an organiser. */
  record Cancelled(Booking booking) implements BookingEvent {}
}
