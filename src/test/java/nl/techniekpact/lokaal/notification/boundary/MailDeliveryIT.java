package nl.techniekpact.lokaal.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail leaves Lokaal through a real SMTP server (GreenMail, in this JVM) and works for its reader:
 * sign-in links sign in, calendar invites are what Outlook, Gmail and Apple Calendar expect.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  private static Parties parties;

  /**
   * One fixture for the class: two would make the same BRIN codes, and the second sign-up would
   * join the first school instead of making its own.
   */
  private static synchronized Parties parties(Lokaal lokaal) {
    if (parties == null) {
      parties = new Parties(lokaal, 9);
    }
    return parties;
  }

  @Test
  void aCompanySigningUpReceivesAWorkingSignInLinkByMail() throws Exception {
    Lokaal lokaal = new Lokaal(base);
    var signUp =
        lokaal.post(
            "api/editions/1/companies",
            """
        {"name":"Lasbedrijf Mailtest","sector":"metaal","postcode":"7101 AB","town":"Winterswijk",
         "contactName":"Ria Mulder","contactEmail":"ria@lasbedrijf-mailtest.example.nl"}""");
    assertEquals(202, signUp.status(), signUp.toString());

    // Earlier test classes share the database; their waiting mail may arrive here too.
    MimeMessage mail = mailTo("ria@lasbedrijf-mailtest.example.nl", 1);
    assertEquals("Uw inloglink voor Lokaal", mail.getSubject());
    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    assertTrue(
        alternative.getContentType().startsWith("multipart/alternative"),
        alternative.getContentType());
    assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));

    Matcher token = TOKEN.matcher((String) alternative.getBodyPart(0).getContent());
    assertTrue(token.find(), "the plain text holds the link");
    var session = lokaal.post("api/session/link", "{\"token\":\"" + token.group(1) + "\"}");
    assertEquals(200, session.status(), session.toString());
    JsonObject signedIn = session.json();
    assertEquals("COMPANY", signedIn.getString("role"));
    assertEquals(
        401,
        lokaal.post("api/session/link", "{\"token\":\"" + token.group(1) + "\"}").status(),
        "a link works once");
  }

  @Test
  void aBookingArrivesAsACalendarInviteAndItsCancellationRemovesIt() throws Exception {
    Lokaal lokaal = new Lokaal(base);
    Lokaal admin = lokaal.signIn("admin@lokaal.test", "integration-test-password");
    assertEquals(
        202,
        admin
            .post(
                "api/editions/3/schools",
                """
        {"schoolId":"98ZZ00","name":"OBS De Kalender","kind":"PO","postcode":"7001 AB","town":"Doetinchem",
         "contactEmail":"info@kalender.example.nl"}""")
            .status());
    long school =
        admin.get("api/editions/3/schools").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("schoolId").equals("98ZZ00"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var group =
        admin.post(
            "api/editions/3/groups",
            """
        {"schoolId":%d,"name":"groep 8k","level":"PO8","pupils":22,"teacherName":"Meester Jan","teacherEmail":"jan@kalender.example.nl",
         "days":["2027-02-08"],"transport":"BUS","reachKm":30,"wishes":[]}"""
                .formatted(school));
    assertEquals(201, group.status(), group.toString());
    long session =
        lokaal.get("api/editions/3/sessions").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getBoolean("online"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var booked =
        admin.post(
            "api/sessions/" + session + "/bookings",
            "{\"groupId\":" + group.json().getJsonNumber("id").longValue() + "}");
    assertEquals(201, booked.status(), booked.toString());
    assertEquals("CONFIRMED", booked.json().getString("status"));

    MimeMessage invite = mailTo("jan@kalender.example.nl", 1);
    MimeMultipart mixed = (MimeMultipart) invite.getContent();
    assertTrue(mixed.getContentType().startsWith("multipart/mixed"), mixed.getContentType());
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
    assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
    var calendarPart = alternative.getBodyPart(2);
    assertTrue(calendarPart.isMimeType("text/calendar"), calendarPart.getContentType());
    assertEquals("REQUEST", new ContentType(calendarPart.getContentType()).getParameter("method"));
    assertEquals("invite.ics", mixed.getBodyPart(1).getFileName());
    ICalendar request = Biweekly.parse(text(calendarPart)).first();
    assertEquals(
        "REQUEST", request.getMethod().getValue(), "the MIME method equals the METHOD inside");
    VEvent first = request.getEvents().get(0);
    assertTrue(
        first.getAttendees().stream()
            .anyMatch(a -> "jan@kalender.example.nl".equals(a.getEmail())));
    assertEquals(
        Biweekly.parse(text(mixed.getBodyPart(1))).first().getEvents().get(0).getUid().getValue(),
        first.getUid().getValue());

    String feed =
        admin
            .post("api/feeds", "{\"kind\":\"SCHOOL\",\"id\":" + school + "}")
            .json()
            .getString("url");
    String feedPath = feed.substring(feed.indexOf("api/feeds/"));
    var subscribed = lokaal.get(feedPath);
    assertEquals(
        200, subscribed.status(), "a calendar app polls the secret address without signing in");
    assertTrue(subscribed.contentType().startsWith("text/calendar"));
    assertEquals(
        first.getUid().getValue(),
        Biweekly.parse(subscribed.text()).first().getEvents().get(0).getUid().getValue());
    String rotated =
        admin
            .post("api/feeds", "{\"kind\":\"SCHOOL\",\"id\":" + school + "}")
            .json()
            .getString("url");
    assertEquals(404, lokaal.get(feedPath).status(), "a rotated secret stops the old address");
    assertEquals(200, lokaal.get(rotated.substring(rotated.indexOf("api/feeds/"))).status());
    var shownAgain = admin.get("api/feeds/SCHOOL/" + school);
    assertEquals(200, shownAgain.status(), shownAgain.toString());
    assertEquals(rotated, shownAgain.json().getString("url"), "shown again, not rotated");
    assertEquals(rotated, admin.get("api/feeds/SCHOOL/" + school).json().getString("url"));
    assertEquals("no-store", shownAgain.header("Cache-Control"));
    assertEquals(200, lokaal.get(rotated.substring(rotated.indexOf("api/feeds/"))).status());
    assertEquals(401, lokaal.get("api/feeds/SCHOOL/" + school).status(), "only for its owner");

    var schedules = admin.get("api/editions/3/schedules").array().getValuesAs(JsonObject.class);
    assertTrue(
        schedules.stream()
            .anyMatch(
                x ->
                    x.getString("recipient").equals("info@kalender.example.nl")
                        && x.getBoolean("changed")));
    var sent = admin.post("api/editions/3/schedules", "");
    assertEquals(200, sent.status(), sent.toString());
    assertTrue(sent.json().getInt("queued") >= 1);
    assertEquals(
        0,
        admin.post("api/editions/3/schedules", "").json().getInt("queued"),
        "a re-send without changes mails nothing");
    MimeMessage schedule = mailTo("info@kalender.example.nl", 3);
    assertTrue(schedule.getSubject().startsWith("Uw programma"), schedule.getSubject());
    MimeMultipart scheduleParts = (MimeMultipart) schedule.getContent();
    assertEquals(
        first.getUid().getValue(),
        Biweekly.parse(text(scheduleParts.getBodyPart(1)))
            .first()
            .getEvents()
            .get(0)
            .getUid()
            .getValue(),
        "the schedule's .ics holds the visit");

    var preview = admin.get("api/editions/3/mail-previews/booking?language=de");
    assertEquals(200, preview.status(), preview.toString());
    assertTrue(preview.json().getString("subject").startsWith("Bestätigt"), preview.toString());

    assertEquals(
        204,
        admin.delete("api/bookings/" + booked.json().getJsonNumber("id").longValue()).status());
    MimeMessage cancellation = mailTo("jan@kalender.example.nl", 2);
    MimeMultipart cancelAlternative =
        (MimeMultipart) ((MimeMultipart) cancellation.getContent()).getBodyPart(0).getContent();
    var cancelPart = cancelAlternative.getBodyPart(2);
    assertEquals("CANCEL", new ContentType(cancelPart.getContentType()).getParameter("method"));
    VEvent cancelled = Biweekly.parse(text(cancelPart)).first().getEvents().get(0);
    assertEquals(
        first.getUid().getValue(),
        cancelled.getUid().getValue(),
        "the same UID, so the entry disappears");
    assertTrue(
        cancelled.getSequence().getValue() > first.getSequence().getValue(), "a higher SEQUENCE");
    assertEquals("CANCELLED", cancelled.getStatus().getValue());
  }

  /**
   * The booking mail's link opens the school page at the booking, with a key in the fragment that
   * opens this booking only, for its reader without an account: not another booking, not as a
   * session, not from another site.
   */
  @Test
  void aBookingMailsLinkLetsItsReaderChangeAndCancelThatBookingOnly() throws Exception {
    Lokaal lokaal = new Lokaal(base);
    Parties parties = parties(lokaal);
    Lokaal admin = parties.as(parties.admin());
    Parties.Party school = parties.school(3, "OBS De Sleutel", "7001 AB", "Doetinchem");
    long session =
        lokaal.get("api/editions/3/sessions").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getBoolean("online"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String teacher = parties.email("teacher");
    long mine = book(admin, school.id(), session, teacher, "groep 6s");
    long other = book(admin, school.id(), session, parties.email("teacher"), "groep 6t");

    MimeMultipart mixed = (MimeMultipart) mailTo(teacher, 1).getContent();
    String text = text(((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0));
    Matcher link =
        Pattern.compile("/school\\.html\\?editie=3&boeking=(\\d+)#sleutel=([A-Za-z0-9_-]{43})")
            .matcher(text);
    assertTrue(link.find(), text);
    assertTrue(!text.contains("/api/"), "every link opens a page: " + text);
    assertEquals(mine, Long.parseLong(link.group(1)));
    Lokaal holder = lokaal.withHeader("X-Lokaal-Key", link.group(2));

    var opened = holder.get("api/booking-links/" + mine);
    assertEquals(200, opened.status(), opened.toString());
    assertEquals("groep 6s", opened.json().getString("group"));
    assertEquals(404, lokaal.get("api/booking-links/" + mine).status(), "no key");
    assertEquals(404, holder.get("api/booking-links/" + other).status(), "another booking");
    assertEquals(
        404,
        lokaal
            .withHeader("X-Lokaal-Key", "x".repeat(43))
            .get("api/booking-links/" + mine)
            .status());
    assertEquals(401, lokaal.withToken(link.group(2)).get("api/session").status(), "no session");
    assertEquals(401, lokaal.withToken(link.group(2)).get("api/bookings/" + mine).status());
    assertEquals(
        403,
        holder
            .withHeader("Sec-Fetch-Site", "cross-site")
            .delete("api/booking-links/" + mine)
            .status(),
        "not from another site");

    var changed = holder.put("api/booking-links/" + mine, "{\"pupils\":3}");
    assertEquals(200, changed.status(), changed.toString());
    assertEquals(3, changed.json().getInt("pupils"));
    assertEquals(204, holder.delete("api/booking-links/" + mine).status());
    assertEquals(409, holder.delete("api/booking-links/" + mine).status(), "cancelled once");
    assertEquals("CANCELLED", holder.get("api/booking-links/" + mine).json().getString("status"));
    assertEquals(
        "CONFIRMED",
        admin.get("api/bookings/" + other).json().getString("status"),
        "the other booking stands");
  }

  private static long book(Lokaal admin, long school, long session, String teacher, String name) {
    var group =
        Bodies.expect(
            201,
            admin.post(
                "api/editions/3/groups",
                """
            {"schoolId":%d,"name":"%s","level":"PO7","pupils":4,"teacherEmail":"%s",
             "days":["2027-02-08"],"transport":"BUS","reachKm":30,"wishes":[]}"""
                    .formatted(school, name, teacher)));
    return Bodies.expect(
            201,
            admin.post(
                "api/sessions/" + session + "/bookings",
                "{\"groupId\":" + group.json().getJsonNumber("id").longValue() + "}"))
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Change-then-cancel for many bookings at once, two SMTP connections: every teacher gets the
   * confirmation, the change and the cancellation in that order, and the school's contact, who gets
   * all of them, gets each booking's three mails in the order they were written.
   */
  @Test
  void mailToEachRecipientArrivesInTheOrderItWasWritten() throws Exception {
    Lokaal lokaal = new Lokaal(base);
    Parties parties = parties(lokaal);
    Lokaal admin = parties.as(parties.admin());
    Parties.Party school = parties.school(3, "OBS De Volgorde", "7001 AB", "Doetinchem");
    List<Long> sessions =
        lokaal.get("api/editions/3/sessions").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getBoolean("online"))
            .map(s -> s.getJsonNumber("id").longValue())
            .toList();
    int bookings = 16;
    List<String> teachers = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < bookings; i++) {
      String teacher = parties.email("teacher");
      var group =
          Bodies.expect(
              201,
              admin.post(
                  "api/editions/3/groups",
                  """
              {"schoolId":%d,"name":"groep 7-%d","level":"PO7","pupils":4,"teacherEmail":"%s",
               "days":["2027-02-08"],"transport":"BUS","reachKm":30,"wishes":[]}"""
                      .formatted(school.id(), i, teacher)));
      var booked =
          Bodies.expect(
              201,
              admin.post(
                  "api/sessions/" + sessions.get(i % sessions.size()) + "/bookings",
                  "{\"groupId\":" + group.json().getJsonNumber("id").longValue() + "}"));
      teachers.add(teacher);
      ids.add(booked.json().getJsonNumber("id").longValue());
    }
    for (long id : ids) {
      Bodies.expect(200, admin.put("api/bookings/" + id, "{\"pupils\":3}"));
      Bodies.expect(204, admin.delete("api/bookings/" + id));
    }
    for (String teacher : teachers) {
      List<String> kinds = new ArrayList<>();
      for (int n = 1; n <= 3; n++) {
        kinds.add(kind(mailTo(teacher, n).getSubject()));
      }
      assertEquals(List.of("Bevestigd", "Gewijzigd", "Geannuleerd"), kinds, teacher);
    }
    List<String> atSchool = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < bookings; i++) {
      written.add("Bevestigd");
    }
    for (int i = 0; i < bookings; i++) {
      written.add("Gewijzigd");
      written.add("Geannuleerd");
    }
    for (MimeMessage mail : mailsTo(school.email(), 3 * bookings, "Be", "Ge")) {
      atSchool.add(kind(mail.getSubject()));
    }
    assertEquals(written, atSchool, "the school's contact gets them in the order written");
  }

  /** At least n mails to the address whose subjects start so, in the order they arrived (30 s). */
  private static List<MimeMessage> mailsTo(String address, int n, String... subjects)
      throws Exception {
    for (int waited = 0; waited < 300; waited++) {
      List<MimeMessage> mails = new ArrayList<>();
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        if (address.equals(m.getAllRecipients()[0].toString())
            && java.util.Arrays.stream(subjects).anyMatch(m.getSubject()::startsWith)) {
          mails.add(m);
        }
      }
      if (mails.size() >= n) {
        return mails;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not " + n + " mails to " + address + " within 30 s");
  }

  private static String kind(String subject) {
    return subject.substring(0, subject.indexOf(':'));
  }

  /** The n-th mail to this address, waiting for it up to 30 s. */
  private static MimeMessage mailTo(String address, int n) throws Exception {
    for (int waited = 0; waited < 300; waited++) {
      var mails =
          java.util.Arrays.stream(SMTP.getReceivedMessages())
              .filter(
                  m -> {
                    try {
                      return address.equals(m.getAllRecipients()[0].toString());
                    } catch (jakarta.mail.MessagingException e) {
                      return false;
                    }
                  })
              .toList();
      if (mails.size() >= n) {
        return mails.get(n - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail " + n + " to " + address + " within 30 s");
  }

  private static String text(jakarta.mail.BodyPart part) throws Exception {
    Object content = part.getContent();
    return content instanceof String s
        ? s
        : new String(
            ((java.io.InputStream) content).readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
  }
}
