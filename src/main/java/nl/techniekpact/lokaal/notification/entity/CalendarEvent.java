package nl.techniekpact.lokaal.notification.entity;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;

/**
 * One visit as a calendar sees it. The uid stays the same for the life of the visit, so that an
 * update or cancellation replaces the entry; sequence grows with every change that matters.
 */
public record CalendarEvent(
    String uid,
    int sequence,
    ZonedDateTime start,
    ZonedDateTime end,
    String summary,
    String location,
    GeoPoint geo,
    String description,
    URI url,
    List<Attendee> attendees,
    boolean cancelled) {

  public record Attendee(String email, String name) {}

  public CalendarEvent {
    attendees = List.copyOf(attendees);
  }
}
