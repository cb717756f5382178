package nl.techniekpact.lokaal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import org.junit.jupiter.api.Test;

public class InvitesTest {

  static final LocalDateTime START = LocalDateTime.of(2027, 2, 8, 9, 30);

  public static CalendarEvent visit(int sequence, boolean cancelled) {
    return new CalendarEvent(
        "booking-42@lokaal",
        sequence,
        START.atZone(Invites.ZONE),
        START.plusMinutes(90).atZone(Invites.ZONE),
        "7 werelden van techniek: groep 7a",
        "Schouwburg Amphion, Waterstraat 1, 7001 BH Doetinchem",
        new GeoPoint(51.9646, 6.2937),
        "24 leerlingen",
        URI.create("https://lokaal.example.nl/api/bookings/42"),
        List.of(new CalendarEvent.Attendee("juf@school.example.nl", "Juf Anna")),
        cancelled);
  }

  static Calendar parsedByIcal4j(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void anInvitePassesTheItipRequestValidation() throws Exception {
    Calendar calendar =
        parsedByIcal4j(
            Invites.write("REQUEST", "noreply@lokaal.example.nl", List.of(visit(0, false))));
    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), result.toString());
  }

  @Test
  void aCancellationPassesTheItipCancelValidation() throws Exception {
    Calendar calendar =
        parsedByIcal4j(
            Invites.write("CANCEL", "noreply@lokaal.example.nl", List.of(visit(1, true))));
    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), result.toString());
  }

  @Test
  void anotherLibraryReadsTheSameUidSequenceTimesAndMethod() {
    ICalendar calendar =
        Biweekly.parse(
                Invites.write("REQUEST", "noreply@lokaal.example.nl", List.of(visit(3, false))))
            .first();
    assertEquals("REQUEST", calendar.getMethod().getValue());
    VEvent event = calendar.getEvents().get(0);
    assertEquals("booking-42@lokaal", event.getUid().getValue());
    assertEquals(3, event.getSequence().getValue());
    assertEquals(
        START.atZone(Invites.ZONE).toInstant(), event.getDateStart().getValue().toInstant());
    assertEquals(
        START.plusMinutes(90).atZone(Invites.ZONE).toInstant(),
        event.getDateEnd().getValue().toInstant());
    assertEquals("CONFIRMED", event.getStatus().getValue());
    assertEquals(1, event.getAlarms().size(), "a reminder the day before");
  }

  @Test
  void aCancellationCarriesStatusCancelledAndTheSameUid() {
    ICalendar calendar =
        Biweekly.parse(
                Invites.write("CANCEL", "noreply@lokaal.example.nl", List.of(visit(4, true))))
            .first();
    assertEquals("CANCEL", calendar.getMethod().getValue());
    assertEquals("booking-42@lokaal", calendar.getEvents().get(0).getUid().getValue());
    assertEquals("CANCELLED", calendar.getEvents().get(0).getStatus().getValue());
  }

  @Test
  void timesNameAmsterdamAndTheCalendarDefinesThatZone() {
    String ics = Invites.write("REQUEST", "noreply@lokaal.example.nl", List.of(visit(0, false)));
    assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20270208T093000"), ics);
    assertTrue(
        ics.contains("TZID:Europe/Amsterdam"), "the VTIMEZONE carries the TZID the events use");
    assertFalse(ics.contains("Europe/Brussels"), ics);
    assertEquals(1, ics.split("METHOD:", -1).length - 1, "METHOD only on VCALENDAR");
  }
}
