package nl.techniekpact.lokaal.notification.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;

/**
 * Writes visits as iCalendar with ical4j: one VEVENT per visit, times in Europe/Amsterdam with its
 * VTIMEZONE, a reminder the day before. METHOD:REQUEST invites and updates, METHOD:CANCEL removes,
 * METHOD:PUBLISH is for subscribed feeds. METHOD sits on VCALENDAR only, as Outlook requires.
 */
public final class Invites {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final VTimeZone AMSTERDAM = amsterdam();

  private Invites() {}

  /** The whole calendar text for the method: "REQUEST", "CANCEL" or "PUBLISH", stamped now. */
  public static String write(String method, String organiserEmail, List<CalendarEvent> events) {
    return write(method, organiserEmail, events, Instant.now());
  }

  /**
   * As {@link #write(String, String, List)}, with DTSTAMP {@code stamp}: when the change it tells
   * of happened.
   */
  public static String write(
      String method, String organiserEmail, List<CalendarEvent> events, Instant stamp) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Techniekpact//Lokaal//NL"))
            .add(ImmutableVersion.VERSION_2_0)
            .add(new CalScale(CalScale.VALUE_GREGORIAN))
            .add(new Method(method.toUpperCase(Locale.ROOT)));
    // Shared, not copied: ical4j's VTimeZone.copy() maps its parts with parallel streams on the
    // common fork-join pool, which queued every concurrent booking's mail behind one worker on a
    // two-core machine. Nothing changes the zone after amsterdam() builds it; writing only reads
    // it.
    calendar.add(AMSTERDAM);
    for (CalendarEvent event : events) {
      calendar.add(event(event, organiserEmail, method, stamp));
    }
    return calendar.toString();
  }

  private static VEvent event(
      CalendarEvent e, String organiserEmail, String method, Instant stamp) {
    VEvent event =
        new VEvent(
            e.start().withZoneSameInstant(ZONE), e.end().withZoneSameInstant(ZONE), e.summary());
    event.add(new Uid(e.uid()));
    event.replace(new DtStamp(stamp));
    event.add(new Sequence(e.sequence()));
    event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    if (e.location() != null) {
      event.add(new Location(e.location()));
    }
    if (e.geo() != null) {
      event.add(new Geo(decimal(e.geo().latitude()), decimal(e.geo().longitude())));
    }
    if (e.description() != null) {
      event.add(new Description(e.description()));
    }
    if (e.url() != null) {
      event.add(new Url(e.url()));
    }
    event.add(new Organizer(URI.create("mailto:" + organiserEmail)).add(new Cn("Lokaal")));
    for (CalendarEvent.Attendee attendee : e.attendees()) {
      Attendee property =
          new Attendee(URI.create("mailto:" + attendee.email()))
              .add(Role.REQ_PARTICIPANT)
              .add(PartStat.NEEDS_ACTION)
              .add(Rsvp.FALSE);
      if (attendee.name() != null) {
        property.add(new Cn(attendee.name()));
      }
      event.add(property);
    }
    if (!e.cancelled() && !"PUBLISH".equalsIgnoreCase(method)) {
      VAlarm reminder = new VAlarm(Duration.ofDays(-1));
      reminder.add(new Action(Action.VALUE_DISPLAY));
      reminder.add(new Description("Morgen: " + e.summary()));
      event.add(reminder);
    }
    return event;
  }

  private static BigDecimal decimal(double degrees) {
    return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
  }

  /**
   * ical4j's bundled data serves Amsterdam as Europe/Brussels (a link in the tz database; the rules
   * are the same for every date Lokaal schedules). Calendars need the TZID the events use, and no
   * pointer to another zone.
   */
  private static VTimeZone amsterdam() {
    VTimeZone zone =
        TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(ZONE.getId())
            .getVTimeZone()
            .copy();
    zone.replace(new TzId(ZONE.getId()));
    zone.removeAll("TZURL", "X-LIC-LOCATION");
    return zone;
  }
}
