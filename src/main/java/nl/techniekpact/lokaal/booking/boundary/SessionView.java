package nl.techniekpact.lokaal.booking.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.booking.entity.SeatCount;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Level;

/**
 * A session or time slot as schools choose one: when, where, for whom, and what is left. No join
 * link.
 */
public record SessionView(
    long id,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String place,
    String address,
    boolean online,
    List<Level> levels,
    int seats,
    int seatsLeft,
    int groupsLeft,
    int waiting) {

  static SessionView of(VisitSlot s, SeatCount count, int waiting) {
    return new SessionView(
        s.id(),
        s.day(),
        s.window().start(),
        s.window().end(),
        s.placeName(),
        s.address() == null ? null : s.address().oneLine(),
        s.isOnline(),
        s.levels().asSet().stream().sorted().toList(),
        s.seats(),
        count.seatsLeft(),
        count.groupsLeft(),
        waiting);
  }
}
