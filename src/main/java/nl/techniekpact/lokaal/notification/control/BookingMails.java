package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.booking.entity.BookingEvent;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.platform.entity.Contact;

/**
 * Tells the teacher, the school's contact and the host company's contact about every booking event,
 * each in their own language, by mail written to the outbox in the booking's own transaction:
 * rolled back together, or sent together. Held seats come with a calendar invite (REQUEST, SEQUENCE
 * raised on every change), cancellations with a CANCEL. The mail is kept as a snapshot of the
 * booking as it is now and rendered when it is delivered.
 */
@ApplicationScoped
public class BookingMails {

  @Inject Outbox outbox;
  @Inject BookingCalendar calendar;
  @Inject BookingKeys keys;

  /** A route planner to the visit's address; null online. */
  static String routeLink(VisitSlot slot) {
    return slot.address() == null
        ? null
        : "https://www.openstreetmap.org/search?query="
            + URLEncoder.encode(slot.address().oneLine(), StandardCharsets.UTF_8);
  }

  /** Whom to ask about the visit: the edition's organisers, or else the host company's contact. */
  static String contact(VisitSlot slot) {
    return slot.edition()
        .mailbox()
        .orElseGet(() -> slot.host() == null ? null : slot.host().contact().email());
  }

  void on(@Observes BookingEvent event) {
    Booking booking = event.booking();
    VisitSlot slot = booking.slot();
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", kind(event));
    variables.put("edition", slot.edition().name());
    variables.put("group", booking.group().name());
    variables.put("school", booking.group().school().name());
    variables.put("date", slot.day());
    variables.put("start", slot.window().start());
    variables.put("end", slot.window().end());
    variables.put("place", slot.placeName());
    variables.put("address", slot.address() == null ? null : slot.address().oneLine());
    variables.put("routeLink", routeLink(slot));
    variables.put("contact", contact(slot));
    variables.put(
        "joinLink", booking.isConfirmed() && slot.isOnline() ? slot.joinLink().toString() : null);
    variables.put("pupils", booking.pupils());
    variables.put("region", slot.edition().region().name());
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    Contact teacher = booking.group().teacher();
    Contact school = booking.group().school().contact();
    recipients.putIfAbsent(
        teacher.email(),
        new Recipient(
            teacher.name() != null ? teacher.name() : booking.group().school().name(),
            teacher.locale()));
    recipients.putIfAbsent(
        school.email(), new Recipient(booking.group().school().name(), school.locale()));
    if (slot.host() != null) {
      Contact host = slot.host().contact();
      recipients.putIfAbsent(
          host.email(),
          new Recipient(host.name() != null ? host.name() : slot.host().name(), host.locale()));
    }
    String method = calendarMethod(event);
    List<CalendarEvent> events =
        method == null ? List.of() : List.of(calendar.of(booking, recipients.keySet()));
    // The host's calendar entry opens its visitor list, the school's the booking.
    List<CalendarEvent> hostEvents =
        method == null || slot.host() == null
            ? List.of()
            : List.of(
                calendar.of(
                    booking, recipients.keySet(), calendar.visitorsPage(slot.edition().id())));
    String hostEmail = slot.host() == null ? null : slot.host().contact().email();
    for (var recipient : recipients.entrySet()) {
      variables.put("name", recipient.getValue().name());
      // The school's people open the booking on the school page; the host its visitor list.
      boolean host =
          recipient.getKey().equals(hostEmail)
              && !recipient.getKey().equals(teacher.email())
              && !recipient.getKey().equals(school.email());
      // The school's people get a key to this booking in the link's fragment, which browsers
      // never send to a server: a teacher without an account changes or cancels from the mail.
      variables.put(
          "link",
          host
              ? calendar.visitorsPage(slot.edition().id()).toString()
              : calendar.link(booking) + "#sleutel=" + keys.issue(booking));
      if (method == null) {
        outbox.add(
            recipient.getKey(),
            "booking",
            recipient.getValue().locale(),
            variables,
            slot.edition().region().id());
      } else {
        outbox.add(
            recipient.getKey(),
            "booking",
            recipient.getValue().locale(),
            variables,
            slot.edition(),
            method,
            host ? hostEvents : events);
      }
    }
  }

  private record Recipient(String name, Locale locale) {}

  /**
   * Seats held: an invite or update. Cancelled: a cancellation. On the waiting list: nothing for
   * the calendar yet.
   */
  private static String calendarMethod(BookingEvent event) {
    if (event instanceof BookingEvent.Cancelled) {
      return "CANCEL";
    }
    return event.booking().isConfirmed() ? "REQUEST" : null;
  }

  private static String kind(BookingEvent event) {
    if (event instanceof BookingEvent.Confirmed) {
      return "confirmed";
    }
    if (event instanceof BookingEvent.Waitlisted) {
      return "waiting";
    }
    if (event instanceof BookingEvent.Promoted) {
      return "promoted";
    }
    return event instanceof BookingEvent.Changed ? "changed" : "cancelled";
  }
}
