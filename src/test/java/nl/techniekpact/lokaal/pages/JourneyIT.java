package nl.techniekpact.lokaal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.exchange.boundary.EditionFilesIT;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The pages in a real browser (headless Chromium), as the people who use them walk through them:
 * organisers at a desk, teachers and company contacts on a phone, each signing in the way they
 * really do (password, or the link that arrives by mail in GreenMail). Runs once, on MariaDB (see
 * the pom).
 */
@ExtendWith(ArquillianExtension.class)
class JourneyIT {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/api/session/link\\?token=[A-Za-z0-9_-]+");
  private static final AtomicInteger RUN = new AtomicInteger();

  /** Sign-in links already opened: each works once. */
  private static final Set<String> OPENED = ConcurrentHashMap.newKeySet();

  private static Parties parties;

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @RegisterExtension final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @Test
  void aVisitorFindsTheOpenEditionsOfTheRegionAndReadsThemInGerman() {
    browser.at(base.toString()).open("/").step("start page");
    browser.waitForText("#editions", "Week van de Techniek");
    browser.choose("#region", "achterhoek");
    assertTrue(browser.all("#editions .edition").size() >= 1, "the Achterhoek has open editions");
    browser.click(".lang button[value=de]").step("in German");
    assertEquals("Technikaktivitäten in Ihrer Region", browser.text("h1"));
    assertEquals("de", browser.script("return document.documentElement.lang"));
  }

  /**
   * The whole Week van de Techniek: an organiser creates and opens an edition, a company offers a
   * slot, a school registers a class wishing that company, the organiser allocates and publishes,
   * the teacher's confirmation carries the calendar invite, and the school's page shows the visit.
   */
  @Test
  void fromANewEditionToTheTeachersCalendarInvite() throws Exception {
    int run = RUN.incrementAndGet();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    LocalDate visitDay = today.plusDays(60);
    String editionName = "Week van de Techniek Browsertest " + run;
    browser.at(base.toString());

    // The organiser, at a desk, creates the edition and opens registration.
    browser.desk();
    signInAsOrganiser();
    browser.find("#edition-form");
    browser
        .choose("#new-region", "achterhoek")
        .choose("#new-kind", "COMPANY_VISITS")
        .type("#new-name", editionName);
    browser
        .setValue("#new-firstDay", visitDay.toString())
        .setValue("#new-lastDay", visitDay.plusDays(4).toString());
    browser
        .setValue("#new-registrationOpens", today.toString())
        .setValue("#new-registrationCloses", today.plusDays(30).toString());
    browser
        .check("#edition-form input[name=allowedLevels][value=PO7]")
        .check("#edition-form input[name=allowedLevels][value=PO8]");
    String mailbox = "wvdt-" + run + "@techniekpact-browser.example.nl";
    browser
        .type("#new-visitsPerGroup", 1)
        .type("#new-mailbox", mailbox)
        .step("new edition")
        .click("#edition-form [type=submit]");
    assertEquals(editionName, browser.waitForText("#edition-name", editionName));
    long edition = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    browser.click("#open-registration");
    browser.find("#edition-meta .status[data-status=OPEN]");
    browser.step("registration open");
    signOut();

    // The company follows the invitation's address, signs up, and offers a slot from its phone.
    String company = "Metaalwerk Browsertest " + run;
    String companyMail = "planning-" + run + "@metaalwerk-browser.example.nl";
    browser.phone().open("/edities/" + edition + "/aanmelden?als=bedrijf");
    browser
        .type("#signup-form [name=name]", company)
        .type("#signup-form [name=sector]", "metaal")
        .type("#signup-form [name=postcode]", "7001 BH")
        .type("#signup-form [name=town]", "Doetinchem")
        .type("#signup-form [name=contactName]", "Ria Mulder")
        .type("#signup-form [name=contactEmail]", companyMail)
        .step("company signs up")
        .click("#signup-submit");
    browser.find("#done");
    openMailedLink(companyMail);
    assertTrue(browser.url().contains("/bedrijf.html"), browser.url());
    browser.click("#add-slot");
    browser
        .setValue("#slot-form [name=date]", visitDay.toString())
        .setValue("#slot-form [name=start]", "09:00")
        .setValue("#slot-form [name=end]", "11:30")
        .type("#slot-form [name=seats]", 30)
        .type("#slot-form [name=maxGroups]", 1)
        .check("#slot-form input[name=levels][value=PO7]")
        .check("#slot-form input[name=levels][value=PO8]")
        .step("company offers a slot")
        .click("#slot-submit");
    browser.find("#slots [data-slot]");
    savesANewPhoneNumber("/bedrijf.html", "#company-name", company);
    signOut();

    // The school signs up the same way and registers a groep 8 that wishes the company.
    String schoolMail = "directie-" + run + "@browserschool.example.nl";
    String teacherMail = "juf-" + run + "@browserschool.example.nl";
    browser.open("/edities/" + edition + "/aanmelden?als=school");
    browser
        .type("#signup-form [name=schoolId]", "97B" + (char) ('A' + run) + "00")
        .type("#signup-form [name=name]", "OBS De Browser " + run)
        .check("#signup-form input[name=kind][value=PO]")
        .type("#signup-form [name=postcode]", "7001 AB")
        .type("#signup-form [name=town]", "Doetinchem")
        .type("#signup-form [name=contactEmail]", schoolMail)
        .step("school signs up")
        .click("#signup-submit");
    browser.find("#done");
    openMailedLink(schoolMail);
    assertTrue(browser.url().contains("/school.html"), browser.url());
    browser.click("#add-group");
    browser
        .type("#group-form [name=name]", "Groep 8b")
        .choose("#group-form [name=level]", "PO8")
        .type("#group-form [name=pupils]", 24)
        .type("#group-form [name=teacherName]", "Juf Anna")
        .type("#group-form [name=teacherEmail]", teacherMail)
        .check("#day-choices input[value='" + visitDay + "']")
        .type("#group-form [name=reachKm]", 20);
    browser.waitForText("#offer-list", company);
    browser.click("#offer-list li button:not([disabled])");
    browser.waitForText("#wishes", company);
    browser.step("group with its wish").click("#group-submit");
    String registered = browser.waitForText("#groups", "Groep 8b");
    assertTrue(browser.text("#groups [data-group] .status").contains("aangemeld"), registered);
    long group = Long.parseLong(browser.find("#groups [data-group]").getAttribute("data-group"));
    savesANewPhoneNumber("/school.html", "#school-name", "OBS De Browser " + run);
    signOut();

    // The organiser closes registration, allocates, reviews and publishes.
    browser.desk();
    signInAsOrganiser();
    browser.open("/beheer-editie.html?id=" + edition);
    browser.click("#schools-list > summary");
    String listed = browser.find("#schools li[data-group='" + group + "']").getText();
    assertTrue(listed.contains("Groep 8b") && listed.contains(company), listed);
    browser.click("#close-registration");
    browser.find("#edition-meta .status[data-status=CLOSED]");
    browser.click("#start-allocation").step("allocation running");
    browser.find("#allocation-state[data-state=DONE]");
    browser.find("#proposal tr[data-group='" + group + "'][data-placed=true]");
    browser.step("proposal").click("#publish");
    browser.click("#publish-confirm");
    browser.find("#edition-meta .status[data-status=PUBLISHED]");
    browser.find("#published-note");
    assertTrue(
        browser.all("#allocation-run:not([hidden])").isEmpty(),
        "once published, the edition's status alone: no run state beside it");
    browser.step("published");
    signOut();

    // The teacher's confirmation holds the invite, for the slot's day.
    MimeMessage confirmation =
        mailTo(
            teacherMail,
            m ->
                m.getContent() instanceof MimeMultipart mixed
                    && mixed.getContentType().startsWith("multipart/mixed"));
    MimeMultipart mixed = (MimeMultipart) confirmation.getContent();
    BodyPart calendar = ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(2);
    assertEquals("REQUEST", new ContentType(calendar.getContentType()).getParameter("method"));
    assertEquals("invite.ics", mixed.getBodyPart(1).getFileName());
    ICalendar invite = Biweekly.parse(text(calendar)).first();
    VEvent visit = invite.getEvents().get(0);
    assertEquals("REQUEST", invite.getMethod().getValue());
    assertTrue(visit.getSummary().getValue().contains(company), visit.getSummary().getValue());
    assertTrue(visit.getAttendees().stream().anyMatch(a -> teacherMail.equals(a.getEmail())));
    assertEquals(
        mailbox,
        visit.getOrganizer().getEmail(),
        "the invite's organiser is the edition's mailbox");
    assertEquals(
        mailbox,
        ((jakarta.mail.internet.InternetAddress) confirmation.getReplyTo()[0]).getAddress(),
        "replies go to the organisers");
    assertEquals(
        visitDay,
        visit
            .getDateStart()
            .getValue()
            .toInstant()
            .atZone(ZoneId.of("Europe/Amsterdam"))
            .toLocalDate());

    // The school asks for a new sign-in link and finds the visit on its page.
    browser.phone().open("/inloggen.html");
    browser.type("#link-form [name=email]", schoolMail).click("#link-form [type=submit]");
    browser.find("#link-sent");
    openMailedLink(schoolMail);
    browser.find("#groups [data-group='" + group + "'] .status[data-status=PLACED]");
    String placed =
        browser.step("school sees the placement").text("#groups [data-group='" + group + "']");
    assertTrue(placed.contains(company), placed);
  }

  /** A contact address with two school locations chooses which one it works for, signed in. */
  @Test
  void aContactWithTwoSchoolLocationsChoosesOneAfterSigningIn() throws Exception {
    int run = RUN.incrementAndGet();
    Parties parties = parties();
    long show = parties.demoEdition("SHOW");
    Party first = parties.school(show, "Basisschool De Eik " + run, "7001 BH", "Doetinchem");
    markOpened(first.email());
    String second = "Basisschool De Linde " + run;
    assertEquals(
        202,
        parties
            .as(null)
            .post(
                "api/editions/" + show + "/schools",
                Bodies.schoolJson(parties.brin(), second, "7001 BH", "Doetinchem", first.email()))
            .status());
    browser.at(base.toString());
    openMailedLink(first.email());
    browser.waitForText("#chooser", second);
    browser.step("chooser").click("#chooser-list button[data-id='" + first.id() + "']");
    browser.waitForText("#school-name", "Basisschool De Eik " + run);
  }

  /**
   * The show is booked directly: one class takes the last seats, the next lands on the waiting
   * list. Then the school takes part in another open edition of its region from its page.
   */
  @Test
  void aShowBookingTakesTheLastSeatsAndTheNextClassWaits() throws Exception {
    int run = RUN.incrementAndGet();
    Parties parties = parties();
    Lokaal admin = parties.as(parties.admin());
    long show = parties.demoEdition("SHOW");
    Party signedUp = parties.school(show, "Basisschool Showtijd " + run, "7001 BH", "Doetinchem");
    String schoolMail = signedUp.email();
    long school = signedUp.id();
    long company = parties.company(show, "Showbouw " + run, "7001 BH", "Doetinchem").id();
    markOpened(schoolMail);
    String day = admin.get("api/editions/" + show).json().getString("lastDay");
    var session =
        admin.post(
            "api/editions/" + show + "/slots",
            """
        {"companyId":%d,"date":"%s","start":"10:00","end":"11:30","seats":40,"maxGroups":4,"levels":["PO7","PO8"]}"""
                .formatted(company, day));
    assertEquals(201, session.status(), session.toString());
    long sessionId = session.json().getJsonNumber("id").longValue();
    List<String> classes = List.of("Groep 7a", "Groep 8a", "Groep 8b");
    for (int i = 0; i < classes.size(); i++) {
      var group =
          admin.post(
              "api/editions/" + show + "/groups",
              """
          {"schoolId":%d,"name":"%s","level":"PO8","pupils":20,"teacherEmail":"leerkracht-%d-%d@showschool.example.nl",
           "days":["%s"],"transport":"BUS","reachKm":30,"wishes":[]}"""
                  .formatted(school, classes.get(i), run, i, day));
      assertEquals(201, group.status(), group.toString());
      if (i == 0) {
        var first =
            admin.post(
                "api/sessions/" + sessionId + "/bookings",
                "{\"groupId\":" + group.json().getJsonNumber("id") + "}");
        assertEquals("CONFIRMED", first.json().getString("status"), first.toString());
      }
    }

    browser.at(base.toString()).phone().open("/inloggen.html");
    browser.type("#link-form [name=email]", schoolMail).click("#link-form [type=submit]");
    browser.find("#link-sent");
    openMailedLink(schoolMail);
    String row = "#sessions-wrap tr[data-session='" + sessionId + "']";
    browser.waitForText(row, "20 van 40");
    browser.step("20 seats left").click(row + " .book button");
    browser
        .choose("#booking-form [name=groupId]", "Groep 8a")
        .type("#booking-form [name=pupils]", 20);
    browser.click("#booking-form [type=submit]");
    browser.waitForText("#notice", "Geboekt");
    browser.waitForText(row, "vol");
    browser.step("the last seats are taken").click(row + " .book button");
    browser
        .choose("#booking-form [name=groupId]", "Groep 8b")
        .type("#booking-form [name=pupils]", 20);
    browser.click("#booking-form [type=submit]");
    browser.waitForText("#notice", "wachtlijst");
    // The notice comes before the sessions are fetched again.
    browser.waitForText(row, "1 op de wachtlijst");
    browser.step("the next class waits");

    var bookings =
        admin
            .get("api/editions/" + show + "/bookings")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(b -> b.getJsonNumber("slotId").longValue() == sessionId)
            .toList();
    assertEquals(
        2,
        bookings.stream().filter(b -> b.getString("status").equals("CONFIRMED")).count(),
        bookings.toString());
    assertEquals(
        1,
        bookings.stream().filter(b -> b.getString("status").equals("WAITING")).count(),
        bookings.toString());

    // The school takes part in the region's centre visits too, with a button on its own page.
    long centre = parties.demoEdition("achterhoek", "CENTRE_VISIT");
    browser.click("#others summary");
    browser.step("open in the region").click("#others [data-edition='" + centre + "'] .join");
    browser.waitForText("#notice", "doet nu mee");
    browser.step("takes part in the centre visits");
    assertTrue(
        admin
            .get("api/schools/" + school + "/editions")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(e -> e.getJsonNumber("id").longValue() == centre),
        "the school takes part in the centre visits");
  }

  /** The fixture's parties, made once: the administrator signs in once per run. */
  private Parties parties() {
    if (parties == null) {
      parties = new Parties(new Lokaal(base), 2);
    }
    return parties;
  }

  /**
   * The organiser uploads the edition's four lists as they come out of Excel, sees what would
   * change, applies; a second upload without one group shows that registration going first.
   */
  @Test
  void anOrganiserPreviewsAnUploadOfSpreadsheetsBeforeApplyingIt() throws Exception {
    int run = RUN.incrementAndGet();
    Parties parties = parties();
    Lokaal admin = parties.as(parties.admin());
    var created =
        admin.post(
            "api/editions",
            """
            {"region":"achterhoek","kind":"COMPANY_VISITS","name":"Upload Browsertest %d",
             "firstDay":"2026-03-16","lastDay":"2026-03-20","registrationOpens":"2025-11-01",
             "registrationCloses":"2026-03-06","allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2"]}"""
                .formatted(run));
    assertEquals(201, created.status(), created.toString());
    long edition = created.json().getJsonNumber("id").longValue();
    Path folder = Files.createTempDirectory("lokaal-upload-browser");
    List<String> paths = new java.util.ArrayList<>();
    for (var file : EditionFilesIT.sample("small").entrySet()) {
      paths.add(Files.write(folder.resolve(file.getKey()), file.getValue()).toString());
    }

    browser.at(base.toString());
    browser.desk();
    signInAsOrganiser();
    browser.open("/beheer-editie.html?id=" + edition);
    browser.find("#import-file").sendKeys(String.join("\n", paths));
    browser.step("four files chosen").click("#import-form [type=submit]");
    int groups = groupCount();
    browser.find("#import-plan tr[data-file='groups.csv'] td[data-added='" + groups + "']");
    assertEquals("0", browser.find("dd[data-count=groups]").getText().replaceAll("\\D.*", ""));
    browser.step("preview").click("#import-apply");
    browser.waitForText("dd[data-count=groups]", groups + " · ");

    List<String> lines = Files.readAllLines(folder.resolve("groups.csv"));
    String gone = lines.remove(lines.size() - 1).split(",")[0];
    Files.write(folder.resolve("groups.csv"), lines);
    browser.find("#import-file").sendKeys(String.join("\n", paths));
    browser.click("#import-form [type=submit]");
    browser.find("#import-touched tr.touched[data-group='" + gone + "'][data-change=REMOVED]");
    browser.step("a registration would go").click("#import-apply");
    browser.waitForText("dd[data-count=groups]", (groups - 1) + " · ");
    signOut();
  }

  /**
   * The move editor offers only the slots the group may take; arrow keys on the closed list move
   * nothing; the button moves.
   */
  @Test
  void anOrganiserMovesAGroupWithTheButtonNotWithTheArrowKeys() throws Exception {
    int run = RUN.incrementAndGet();
    Parties parties = parties();
    Lokaal admin = parties.as(parties.admin());
    var created =
        admin.post(
            "api/editions",
            """
            {"region":"achterhoek","kind":"COMPANY_VISITS","name":"Verplaatsen Browsertest %d",
             "firstDay":"2026-03-16","lastDay":"2026-03-20","registrationOpens":"2025-11-01",
             "registrationCloses":"2026-03-06","allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2"]}"""
                .formatted(run));
    long edition = created.json().getJsonNumber("id").longValue();
    String api = "api/editions/" + edition;
    assertEquals(
        200,
        admin
            .put(
                api + "/files?apply=true",
                "application/zip",
                nl.techniekpact.lokaal.exchange.control.ZipArchive.pack(
                    EditionFilesIT.sample("small")))
            .status());
    admin.post(api + "/open", "");
    admin.post(api + "/close", "");
    assertEquals(202, admin.post(api + "/allocation", "").status());
    for (int i = 0;
        i < 300 && "RUNNING".equals(admin.get(api + "/allocation").json().getString("state"));
        i++) {
      Thread.sleep(200);
    }
    // A placed group with somewhere else to go.
    long group = 0;
    List<String> allowed = List.of();
    String target = null;
    for (JsonObject p :
        admin.get(api + "/allocation/proposal").array().getValuesAs(JsonObject.class)) {
      if (!p.containsKey("slotId")) {
        continue;
      }
      List<JsonObject> slots =
          admin
              .get(api + "/allocation/proposal/" + p.getJsonNumber("groupId") + "/options")
              .json()
              .getJsonArray("slots")
              .getValuesAs(JsonObject.class);
      var other = slots.stream().filter(o -> o.getBoolean("allowed") && !o.getBoolean("current"));
      var first = other.findFirst();
      if (first.isPresent()) {
        group = p.getJsonNumber("groupId").longValue();
        allowed =
            slots.stream()
                .filter(o -> o.getBoolean("allowed"))
                .map(o -> o.getJsonNumber("slotId").toString())
                .sorted()
                .toList();
        target = first.get().getJsonNumber("slotId").toString();
        break;
      }
    }
    assertTrue(group != 0, "the small sample has a group that can move");
    String version = admin.get(api + "/allocation/summary").json().getString("version");

    browser.at(base.toString());
    browser.desk();
    signInAsOrganiser();
    browser.open("/beheer-editie.html?id=" + edition);
    browser.click("#proposal tr[data-group='" + group + "'] button.move");
    browser.find("#move-slot");
    List<String> offered =
        browser.all("#move-slot option").stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .sorted()
            .toList();
    assertEquals(allowed, offered, "only the slots the group may take");

    browser.find("#move-slot").sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
    browser.step("arrow keys on the list");
    Thread.sleep(1000);
    assertEquals(
        version,
        admin.get(api + "/allocation/summary").json().getString("version"),
        "arrow keys send no move");

    browser.choose("#move-slot", target).click("#move-submit");
    browser.waitForText("#move-feedback", "Verplaatst.");
    browser.step("moved with the button");
    String movedTo = target;
    long moved = group;
    assertTrue(
        admin.get(api + "/allocation/proposal").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                p ->
                    p.getJsonNumber("groupId").longValue() == moved
                        && p.getJsonNumber("slotId").toString().equals(movedTo)));
    signOut();
  }

  private static int groupCount() {
    String text =
        new String(EditionFilesIT.sample("small").get("groups.csv"), StandardCharsets.UTF_8);
    return (int) text.lines().filter(l -> !l.isBlank()).count() - 1;
  }

  private void signInAsOrganiser() {
    browser.open("/inloggen.html");
    browser
        .type("#password-form [name=email]", Parties.ADMIN_EMAIL)
        .type("#password-form [name=password]", Parties.ADMIN_PASSWORD)
        .click("#password-form [type=submit]");
    browser.find("#editions");
  }

  /**
   * Opens the details on the signed-in school's or company's page, changes the phone number and
   * saves; after a reload (its heading shows the name once the details are filled) the new number
   * is there, and the heading keeps the name when the language changes.
   */
  private void savesANewPhoneNumber(String page, String heading, String name) {
    browser.click("#profile-details summary");
    browser
        .type("#p-contactPhone", "0314-123456")
        .step("new phone number")
        .click("#profile-details [type=submit]");
    browser.waitForText("#notice", "Opgeslagen.");
    browser.open(page);
    browser.waitForText(heading, name);
    assertEquals(
        "0314-123456", browser.script("return document.querySelector('#p-contactPhone').value"));
    browser.click(".lang button[value=de]");
    assertEquals(name, browser.text(heading), "the heading keeps the name in German");
    browser.click(".lang button[value=nl]");
  }

  /** Signs out with the button every page's header has. */
  private void signOut() {
    browser.click("header.site button.link");
    browser.find("#editions");
  }

  /** Counts the link the party was signed in by when signing up as opened, once it arrives. */
  private static void markOpened(String address) throws Exception {
    Matcher link = LINK.matcher(text(mailTo(address, m -> LINK.matcher(text(m)).find())));
    assertTrue(link.find(), "the sign-up mail holds a sign-in link");
    OPENED.add(link.group());
  }

  /**
   * Opens the sign-in link of the newest mail to this address not opened before, and presses the
   * button on its page.
   */
  private void openMailedLink(String address) throws Exception {
    MimeMessage mail =
        mailTo(
            address,
            m -> {
              Matcher unused = LINK.matcher(text(m));
              return unused.find() && !OPENED.contains(unused.group());
            });
    Matcher link = LINK.matcher(text(mail));
    assertTrue(link.find(), "the mail holds a sign-in link");
    OPENED.add(link.group());
    // The link names lokaal.base-url, the production address; this test's server listens elsewhere.
    browser.open(link.group().replaceFirst("^https?://[^/]+/", "/")).step("sign-in link");
    browser.click("form button[type=submit]");
    browser.find("main h1");
  }

  private interface MailCheck {
    boolean test(MimeMessage message) throws Exception;
  }

  /** The newest mail to this address that passes the check, waiting for it up to 30 seconds. */
  private static MimeMessage mailTo(String address, MailCheck check) throws Exception {
    for (int waited = 0; waited < 300; waited++) {
      List<MimeMessage> mails =
          Arrays.stream(SMTP.getReceivedMessages())
              .filter(
                  m -> {
                    try {
                      return Arrays.stream(m.getAllRecipients())
                              .anyMatch(r -> r.toString().equals(address))
                          && check.test(m);
                    } catch (Exception e) {
                      return false;
                    }
                  })
              .toList();
      if (!mails.isEmpty()) {
        return mails.get(mails.size() - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such mail to " + address + " within 30 s");
  }

  /** The text of a message or part: plain text first, as a mail reader shows it. */
  private static String text(jakarta.mail.Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof MimeMultipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    if (content instanceof InputStream in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return "";
  }
}
