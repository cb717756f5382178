package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A booking as a calendar entry, the same in invites and in feeds: one UID for its whole life. */
@ApplicationScoped
public class BookingCalendar {

  @Inject
  @ConfigProperty(name = "lokaal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** The school's page, opened at the booking's group with its change and cancel actions. */
  public URI link(Booking booking) {
    return URI.create(
        base()
            + "/school.html?editie="
            + booking.slot().edition().id()
            + "&boeking="
            + booking.id());
  }

  /** The school's page for the edition. */
  public URI schoolPage(long editionId) {
    return URI.create(base() + "/school.html?editie=" + editionId);
  }

  /** The host company's page for the edition, at its list of visiting groups. */
  public URI visitorsPage(long editionId) {
    return URI.create(base() + "/bedrijf.html?editie=" + editionId + "#visitors-section");
  }

  private String base() {
    return baseUrl.replaceAll("/+$", "");
  }

  /** The booking as a calendar entry whose URL opens it on the school page. */
  public CalendarEvent of(Booking booking, Collection<String> attendees) {
    return of(booking, attendees, link(booking));
  }

  /** As {@link #of(Booking, Collection)}, with the URL of a page its reader can open. */
  public CalendarEvent of(Booking booking, Collection<String> attendees, URI page) {
    VisitSlot slot = booking.slot();
    String where =
        slot.address() == null
            ? slot.placeName()
            : slot.placeName() + ", " + slot.address().oneLine();
    String description =
        booking.group().name()
            + " ("
            + booking.group().school().name()
            + "), "
            + booking.pupils()
            + " leerlingen"
            + ", leerkracht "
            + booking.group().teacher().email()
            + (slot.isOnline() && booking.isConfirmed() ? "\nOnline: " + slot.joinLink() : "")
            + "\nLokaal: "
            + page;
    List<CalendarEvent.Attendee> people =
        attendees.stream().map(email -> new CalendarEvent.Attendee(email, null)).toList();
    return new CalendarEvent(
        "booking-" + booking.id() + "@" + URI.create(baseUrl).getHost(),
        booking.sequence(),
        slot.day().atTime(slot.window().start()).atZone(Invites.ZONE),
        slot.day().atTime(slot.window().end()).atZone(Invites.ZONE),
        slot.edition().name() + ": " + booking.group().name() + " – " + slot.placeName(),
        where,
        slot.location(),
        description,
        page,
        people,
        booking.status() == Booking.Status.CANCELLED);
  }
}
