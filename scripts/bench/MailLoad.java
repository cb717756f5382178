import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.notification.control.Invites;
import nl.techniekpact.lokaal.notification.control.MailTemplates;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;

/**
 * Writes N booking invites into a running Lokaal's outbox (rendered with Lokaal's own templates
 * and iCalendar code, as the booking feature writes them) and waits until Lokaal's sender has
 * delivered them all over SMTP. Prints: mail: delivered=N seconds=S per_second=R
 * Usage: java -cp <lokaal classes + deps> MailLoad.java JDBC_URL USER PASSWORD N
 */
public class MailLoad {

  public static void main(String[] args) throws Exception {
    String url = args[0], user = args[1], password = args[2];
    int count = Integer.parseInt(args[3]);
    MailTemplates templates = new MailTemplates();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO outbox_message (recipient, subject, text_body, html_body, region_id, created_at, status, attempts,"
              + " next_attempt_at, calendar, calendar_method) VALUES (?, ?, ?, ?, NULL, ?, 'PENDING', 0, ?, ?, 'REQUEST')")) {
        for (int i = 1; i <= count; i++) {
          String teacher = "leerkracht" + i + "@school" + (i % 400) + ".example.nl";
          LocalDate day = LocalDate.of(2027, 2, 8).plusDays(i % 3);
          LocalTime start = LocalTime.of(9 + i % 6, 0);
          Map<String, Object> v = new java.util.HashMap<>(Map.of("kind", "confirmed", "name", teacher, "edition", "7 werelden van techniek 2027",
              "group", "groep 7" + (char) ('a' + i % 4), "school", "Basisschool " + (i % 400), "date", day, "start", start,
              "end", start.plusMinutes(90), "place", "Schouwburg Amphion", "pupils", 20 + i % 10));
          v.put("address", "Waterstraat 1, 7001 BH Doetinchem");
          v.put("routeLink", "https://www.openstreetmap.org/search?query=Doetinchem");
          v.put("joinLink", null);
          v.put("link", "https://lokaal.example.nl/api/bookings/" + i);
          v.put("region", "Techniekpact Achterhoek");
          MailTemplates.Rendered mail = templates.render("booking", Locale.forLanguageTag("nl"), v);
          String ics = Invites.write("REQUEST", "noreply@lokaal.example.nl", List.of(new CalendarEvent("bench-" + i + "@lokaal", 0,
              day.atTime(start).atZone(Invites.ZONE), day.atTime(start.plusMinutes(90)).atZone(Invites.ZONE), "7 werelden van techniek",
              "Schouwburg Amphion, Waterstraat 1, 7001 BH Doetinchem", new GeoPoint(51.9646, 6.2937), "groep 7", URI.create("https://lokaal.example.nl"),
              List.of(new CalendarEvent.Attendee(teacher, null)), false)));
          Timestamp now = Timestamp.from(Instant.now());
          insert.setString(1, teacher);
          insert.setString(2, mail.subject());
          insert.setString(3, mail.text());
          insert.setString(4, mail.html());
          insert.setTimestamp(5, now);
          insert.setTimestamp(6, now);
          insert.setString(7, ics);
          insert.addBatch();
          if (i % 500 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      db.commit();
      long started = System.nanoTime();
      int sent = 0;
      while (sent < count && System.nanoTime() - started < 300_000_000_000L) {
        Thread.sleep(200);
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")) {
          rs.next();
          sent = rs.getInt(1);
        }
        db.commit();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "mail: delivered=%d seconds=%.1f per_second=%.1f%n", sent, seconds, sent / seconds);
    }
  }
}
