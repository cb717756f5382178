package nl.techniekpact.lokaal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

  final MailTemplates templates = new MailTemplates();

  static Map<String, Object> booking() {
    Map<String, Object> v = new HashMap<>();
    v.put("kind", "confirmed");
    v.put("name", "Juf \"Anna\" <de Vries>");
    v.put("edition", "7 werelden van techniek 2027");
    v.put("group", "groep 7a");
    v.put("school", "OBS De Regenboog");
    v.put("date", LocalDate.of(2027, 2, 8));
    v.put("start", LocalTime.of(9, 30));
    v.put("end", LocalTime.of(11, 0));
    v.put("place", "Schouwburg Amphion");
    v.put("address", null);
    v.put("routeLink", null);
    v.put("contact", "activiteiten@techniekpact-achterhoek.example.nl");
    v.put("joinLink", null);
    v.put("pupils", 24);
    v.put("link", "https://lokaal.example.nl/api/bookings/42");
    v.put("region", "Techniekpact Achterhoek");
    return v;
  }

  @Test
  void aBookingMailRendersTheSameFromItsSnapshotInEachLanguage() {
    Map<String, Object> variables = booking();
    Map<String, Object> restored = Snapshots.variables(Snapshots.variables(variables));
    assertEquals(variables, restored, "types survive: dates, times, whole numbers, nulls");
    for (String language : MailTemplates.LANGUAGES) {
      assertEquals(
          templates.render("booking", Locale.forLanguageTag(language), variables),
          templates.render("booking", Locale.forLanguageTag(language), restored));
    }
  }

  @Test
  void aScheduleKeepsItsListOfVisits() {
    Map<String, Object> visit =
        new HashMap<>(
            Map.of(
                "date",
                LocalDate.of(2027, 2, 9),
                "start",
                LocalTime.of(9, 0),
                "end",
                LocalTime.of(10, 30),
                "place",
                "Metaalbedrijf",
                "group",
                "groep 8",
                "level",
                "groep 8",
                "pupils",
                22,
                "school",
                "OBS",
                "teacher",
                "jan@school.example.nl"));
    visit.put("address", null);
    Map<String, Object> variables =
        Map.of(
            "name",
            "OBS",
            "edition",
            "Techniekweek",
            "region",
            "Achterhoek",
            "link",
            "https://lokaal.example.nl/",
            "visits",
            List.of(visit));
    Map<String, Object> restored = Snapshots.variables(Snapshots.variables(variables));
    assertEquals(variables, restored);
    assertEquals(
        templates.render("schedule-school", Locale.forLanguageTag("nl"), variables),
        templates.render("schedule-school", Locale.forLanguageTag("nl"), restored));
  }

  @Test
  void refusesVariablesItCannotRestoreWhenWritingNotWhenDelivering() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Snapshots.variables(Map.of("link", URI.create("https://lokaal.example.nl"))));
  }

  @Test
  void anInviteFromItsSnapshotIsTheInviteOfTheTimeOfTheChange() {
    Instant changed = Instant.parse("2026-11-22T10:15:30Z");
    List<CalendarEvent> events = List.of(InvitesTest.visit(3, false), InvitesTest.visit(4, true));
    Snapshots.Calendar restored =
        Snapshots.calendar(
            Snapshots.calendar(
                new Snapshots.Calendar("noreply@lokaal.example.nl", changed, events)));
    assertEquals(events, restored.events());
    String ics =
        Invites.write("REQUEST", restored.organiser(), restored.events(), restored.stamp());
    assertEquals(Invites.write("REQUEST", "noreply@lokaal.example.nl", events, changed), ics);
    assertTrue(ics.contains("DTSTAMP:20261122T101530Z"), ics);
    assertTrue(ics.contains("SEQUENCE:3"), ics);
  }
}
