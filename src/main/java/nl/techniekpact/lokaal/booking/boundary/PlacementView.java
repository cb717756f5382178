package nl.techniekpact.lokaal.booking.boundary;

import java.util.List;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.booking.entity.GroupStatus;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * A class group's standing in its edition: registered, placed (with its visits) or waiting (for
 * which sessions, if any).
 */
public record PlacementView(
    long groupId,
    String school,
    String group,
    Level level,
    int pupils,
    GroupStatus status,
    List<BookingView> bookings) {

  /** {@code bookings}: the group's active (confirmed or waiting) bookings. */
  static PlacementView of(ClassGroup g, List<Booking> bookings) {
    return new PlacementView(
        g.id(),
        g.school().name(),
        g.name(),
        g.level(),
        g.pupils(),
        GroupStatus.of(g.edition(), bookings),
        bookings.stream().map(BookingView::of).toList());
  }
}
