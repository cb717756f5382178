import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * Writes N booking invites into a running Lokaal's outbox as the booking feature writes them (a
 * draft: template, language, and JSON snapshots of the variables and the calendar event, in the
 * format of nl.techniekpact.lokaal.notification.control.Snapshots) and waits until Lokaal's sender
 * has rendered and delivered them all over SMTP. Prints: mail: delivered=N seconds=S per_second=R
 * Usage: java -cp <lokaal classes + deps> MailLoad.java JDBC_URL USER PASSWORD N
 */
public class MailLoad {

  public static void main(String[] args) throws Exception {
    String url = args[0], user = args[1], password = args[2];
    int count = Integer.parseInt(args[3]);
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO outbox_message (recipient, template, language, variables, calendar_snapshot, calendar_method, region_id,"
                  + " created_at, status, attempts, next_attempt_at) VALUES (?, 'booking', 'nl', ?, ?, 'REQUEST', NULL, ?, 'PENDING', 0, ?)")) {
        for (int i = 1; i <= count; i++) {
          String teacher = "leerkracht" + i + "@school" + (i % 400) + ".example.nl";
          LocalDate day = LocalDate.of(2027, 2, 8).plusDays(i % 3);
          LocalTime start = LocalTime.of(9 + i % 6, 0);
          String variables =
              String.format(
                  Locale.ROOT,
                  """
              {"kind":"confirmed","name":"%s","edition":"7 werelden van techniek 2027","group":"groep 7%c","school":"Basisschool %d",\
              "date":{"@date":"%s"},"start":{"@time":"%s"},"end":{"@time":"%s"},"place":"Schouwburg Amphion","pupils":%d,\
              "address":"Waterstraat 1, 7001 BH Doetinchem","routeLink":"https://www.openstreetmap.org/search?query=Doetinchem",\
              "joinLink":null,"link":"https://lokaal.example.nl/api/bookings/%d","region":"Techniekpact Achterhoek"}""",
                  teacher,
                  (char) ('a' + i % 4),
                  i % 400,
                  day,
                  start,
                  start.plusMinutes(90),
                  20 + i % 10,
                  i);
          String calendar =
              String.format(
                  Locale.ROOT,
                  """
              {"organiser":"noreply@lokaal.example.nl","stamp":"%s","events":[{"uid":"bench-%d@lokaal","sequence":0,\
              "start":"%s","end":"%s","summary":"7 werelden van techniek","attendees":[{"email":"%s"}],"cancelled":false,\
              "location":"Schouwburg Amphion, Waterstraat 1, 7001 BH Doetinchem","description":"groep 7",\
              "url":"https://lokaal.example.nl","geo":[51.9646,6.2937]}]}""",
                  Instant.now(),
                  i,
                  day.atTime(start).atZone(java.time.ZoneId.of("Europe/Amsterdam")),
                  day.atTime(start.plusMinutes(90)).atZone(java.time.ZoneId.of("Europe/Amsterdam")),
                  teacher);
          Timestamp now = Timestamp.from(Instant.now());
          insert.setString(1, teacher);
          insert.setString(2, variables);
          insert.setString(3, calendar);
          insert.setTimestamp(4, now);
          insert.setTimestamp(5, now);
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
        try (ResultSet rs =
            db.createStatement()
                .executeQuery("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")) {
          rs.next();
          sent = rs.getInt(1);
        }
        db.commit();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "mail: delivered=%d seconds=%.1f per_second=%.1f%n",
          sent,
          seconds,
          sent / seconds);
    }
  }
}
