package nl.techniekpact.lokaal.booking.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;

/**
 * A booking as its school and the organisers see it; the join link only once seats are confirmed.
 */
public record BookingView(
    long id,
    long slotId,
    long groupId,
    String group,
    String school,
    int pupils,
    Booking.Status status,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String place,
    String address,
    String joinLink) {

  static BookingView of(Booking b) {
    VisitSlot s = b.slot();
    return new BookingView(
        b.id(),
        s.id(),
        b.group().id(),
        b.group().name(),
        b.group().school().name(),
        b.pupils(),
        b.status(),
        s.day(),
        s.window().start(),
        s.window().end(),
        s.placeName(),
        s.address() == null ? null : s.address().oneLine(),
        b.isConfirmed() && s.isOnline() ? s.joinLink().toString() : null);
  }
}
