import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.techniekpact.lokaal.notification.control.Invites;
import nl.techniekpact.lokaal.notification.control.MailTemplates;
import nl.techniekpact.lokaal.notification.control.NoDelaySocketFactory;
import nl.techniekpact.lokaal.notification.control.Snapshots;

/**
 * Writes N booking invites into a running Lokaal's outbox as the booking feature writes them (a
 * draft: template, language, and JSON snapshots of the variables and the calendar event, in the
 * format of nl.techniekpact.lokaal.notification.control.Snapshots) and waits until Lokaal's sender
 * has rendered and delivered them all over SMTP. Then, as the baseline of the same run, a bare
 * Jakarta Mail loop sends the same messages, rendered beforehand from the same snapshots with
 * Lokaal's own templates, over the same number of connections to the same server, and the ratio.
 * Prints: mail: delivered=N seconds=S per_second=R, then bare: ... and ratio: lokaal/bare=X Usage:
 * java -cp <lokaal classes + deps + jakarta mail> MailLoad.java JDBC_URL USER PASSWORD N
 * CONNECTIONS SMTP_HOST SMTP_PORT
 */
public class MailLoad {

  public static void main(String[] args) throws Exception {
    String url = args[0], user = args[1], password = args[2];
    int count = Integer.parseInt(args[3]);
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      List<String[]> written = new ArrayList<>();
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
          written.add(new String[] {teacher, variables, calendar});
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
      if (args.length > 4) {
        purge(args.length > 7 ? args[7] : null);
        double bare = bare(written, Integer.parseInt(args[4]), args[5], args[6]);
        System.out.printf(
            Locale.ROOT,
            "bare: delivered=%d seconds=%.1f per_second=%.1f connections=%s%n",
            written.size(),
            bare,
            written.size() / bare,
            args[4]);
        System.out.printf(Locale.ROOT, "ratio: lokaal/bare=%.2f (time)%n", seconds / bare);
      }
    }
  }

  /** Empties the server's mailboxes, so that both runs meet the same server state. */
  static void purge(String api) throws Exception {
    if (api == null) {
      return;
    }
    var client = java.net.http.HttpClient.newHttpClient();
    var reply =
        client.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "/api/mail/purge"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    System.out.println("purge: " + reply.statusCode() + " " + reply.body());
  }

  /**
   * The same messages, rendered first, sent by a plain loop per connection, as many connections as
   * Lokaal uses: each takes every n-th message. Returns the seconds the sending took.
   */
  static double bare(List<String[]> written, int connections, String host, String port)
      throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", port);
    properties.put("mail.host", "lokaal.example.nl");
    properties.put("mail.smtp.localhost", "lokaal.example.nl");
    // TCP_NODELAY as Lokaal's sockets: without it each message waits for a delayed ACK (about 20
    // messages per second per connection), and the baseline would measure that instead.
    properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
    properties.put("mail.smtp.socketFactory.fallback", "false");
    Session session = Session.getInstance(properties);
    MailTemplates templates = new MailTemplates();
    List<MimeMessage> messages = new ArrayList<>();
    for (String[] w : written) {
      messages.add(mime(session, templates, w[0], w[1], w[2]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long started = System.nanoTime();
    List<Future<?>> sending = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int first = c;
      sending.add(
          pool.submit(
              () -> {
                try (Transport transport = session.getTransport("smtp")) {
                  transport.connect();
                  for (int i = first; i < messages.size(); i += connections) {
                    transport.sendMessage(messages.get(i), messages.get(i).getAllRecipients());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : sending) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    return seconds;
  }

  /** As Lokaal's Delivery builds it: text, HTML and the invite inline, and the invite attached. */
  static MimeMessage mime(
      Session session, MailTemplates templates, String to, String variables, String calendar)
      throws Exception {
    MailTemplates.Rendered mail =
        templates.render("booking", Locale.forLanguageTag("nl"), Snapshots.variables(variables));
    Snapshots.Calendar snapshot = Snapshots.calendar(calendar);
    String ics =
        Invites.write("REQUEST", snapshot.organiser(), snapshot.events(), snapshot.stamp());
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress("Lokaal <noreply@lokaal.example.nl>"));
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    mime.setSubject(mail.subject(), "UTF-8");
    mime.setSentDate(new Date());
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    alternative.addBodyPart(text);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    alternative.addBodyPart(html);
    String type = "text/calendar; charset=UTF-8; method=REQUEST";
    MimeBodyPart inline = new MimeBodyPart();
    inline.setContent(ics, type);
    inline.setHeader("Content-Type", type);
    alternative.addBodyPart(inline);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setContent(ics, "application/ics; name=\"invite.ics\"");
    attachment.setHeader("Content-Type", "application/ics; name=\"invite.ics\"");
    attachment.setFileName("invite.ics");
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(attachment);
    mime.setContent(mixed);
    mime.saveChanges();
    return mime;
  }
}
