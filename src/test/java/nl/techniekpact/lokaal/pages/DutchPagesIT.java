package nl.techniekpact.lokaal.pages;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static nl.techniekpact.lokaal.testing.Bodies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import nl.techniekpact.lokaal.testing.Wording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every role's pages read as Dutch on a phone: each test walks one role's pages in a 390-pixel-wide
 * window and fails on any visible English sentence, request path or raw id (see {@link Wording})
 * outside the data the test made. Runs once, on MariaDB (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class DutchPagesIT {

  /** The width of the smallest phones teachers still use. */
  private static final int PHONE_WIDTH = 390;

  private static final String COMPANY = "Metaalwerk Slinge";
  private static final String SCHOOL = "OBS De Klimop";
  private static final String DAY = "2027-04-13";

  private static Parties parties;
  private static long edition;
  private static Party school;
  private static Party company;

  @RegisterExtension final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  /** One open edition with a company that offers a slot and a school with a group wishing it. */
  @BeforeEach
  void once() {
    browser.at(base.toString());
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, 844));
    if (parties != null) {
      return;
    }
    parties = new Parties(new Lokaal(base), 0);
    Lokaal admin = parties.as(parties.admin());
    edition =
        id(expect(201, admin.post("api/editions", Bodies.newEditionJson("Week van de Techniek"))));
    expect(200, admin.post("api/editions/" + edition + "/open", ""));
    company = parties.company(edition, COMPANY, "7011 AA", "Gaanderen");
    expect(
        201,
        parties.as(company).post("api/editions/" + edition + "/slots", Bodies.slotJson(null, DAY)));
    school = parties.school(edition, SCHOOL, "7001 AB", "Doetinchem");
    expect(
        201,
        parties
            .as(school)
            .post(
                "api/editions/" + edition + "/groups",
                Bodies.group("Groep 7a", DAY, 25, List.of(company.id())).toString()));
  }

  @Test
  void aVisitorReadsDutch() {
    readsDutch("/", "start page");
    readsDutch("/edities/" + edition, "edition page");
    readsDutch("/edities/" + edition + "/aanmelden?als=school", "school sign-up");
    readsDutch("/edities/" + edition + "/aanmelden?als=bedrijf", "company sign-up");
    readsDutch("/inloggen.html", "sign-in page");
  }

  @Test
  void aTeacherReadsDutchAndSeesADutchRefusalNextToTheField() throws Exception {
    signInByLink(school);
    readsDutch(null, "school page");
    browser.click("#add-group");
    browser
        .type("#group-form [name=name]", "Groep 8b")
        .choose("#group-form [name=level]", "PO8")
        .type("#group-form [name=pupils]", 0)
        .type("#group-form [name=teacherName]", "Juf Anna")
        .type("#group-form [name=teacherEmail]", "juf-anna")
        .check("#day-choices input[value='" + DAY + "']")
        .type("#group-form [name=reachKm]", 20);
    // The browser's own checks would stop the form before Lokaal sees it.
    browser.script("document.querySelector('#group-form').noValidate = true");
    browser.step("a group of no pupils").click("#group-submit");
    browser.find("#group-form .field-error");
    String refusal =
        (String)
            browser.script(
                "const f = document.querySelector('#group-form [name=pupils]');"
                    + "const e = (f.closest('.field, fieldset') || f.parentElement)"
                    + ".querySelector('.field-error'); return e ? e.textContent : null;");
    assertTrue(refusal != null && !refusal.isBlank(), "a refusal next to the pupils' field");
    assertEquals(List.of(), Wording.faults(refusal), refusal);
    assertTrue(refusal.toLowerCase().contains("leerling"), refusal);
    readsDutch(null, "school page with refusals");
  }

  @Test
  void aCompanyContactReadsDutch() throws Exception {
    signInByLink(company);
    readsDutch(null, "company page");
    browser.click("#add-slot");
    readsDutch(null, "company's slot form");
  }

  @Test
  void anOrganiserReadsDutch() {
    browser.open("/inloggen.html");
    browser
        .type("#password-form [name=email]", Parties.ADMIN_EMAIL)
        .type("#password-form [name=password]", Parties.ADMIN_PASSWORD)
        .click("#password-form [type=submit]");
    browser.find("#editions");
    readsDutch(null, "organiser's editions");
    readsDutch("/beheer-editie.html?id=" + edition, "organiser's edition");
  }

  /**
   * Opens the page (null: stays on the current one), waits for what it loads, and asserts its
   * visible text holds no English, request path or raw id.
   */
  private void readsDutch(String path, String step) {
    if (path != null) {
      browser.open(path);
    }
    browser.find("main h1");
    waitForQuiet();
    browser.step(step);
    String visible = (String) browser.script("return document.body.innerText");
    List<String> faults = new ArrayList<>();
    for (String line : visible.split("\n")) {
      for (String fault : Wording.faults(line, data())) {
        faults.add(fault + " in \"" + line.strip() + "\"");
      }
    }
    assertEquals(List.of(), faults, step + " at " + browser.url());
  }

  /** What the test made and a page may show as it is. */
  private static String[] data() {
    return new String[] {
      COMPANY, SCHOOL, school.email(), company.email(), Parties.ADMIN_EMAIL, "Juf Jansen"
    };
  }

  /** Lets the page's calls to the API answer: no request of the page is still under way. */
  private void waitForQuiet() {
    long until = System.currentTimeMillis() + 10_000;
    Object pending = null;
    while (System.currentTimeMillis() < until) {
      pending =
          browser.script(
              "return performance.getEntriesByType('resource')"
                  + ".filter(e => e.initiatorType === 'fetch' && e.responseEnd === 0).length");
      if (Long.valueOf(0).equals(pending)) {
        break;
      }
      sleep(100);
    }
    sleep(300);
  }

  /** Signs the browser in as the school or company by a new mailed link, as its contact does. */
  private void signInByLink(Party party) {
    int before = parties.linkTokens(party.email()).size();
    expect(
        202,
        new Lokaal(base)
            .post(
                "api/session/links",
                Json.createObjectBuilder().add("email", party.email()).build().toString()));
    String token = parties.newLinkToken(party.email(), before);
    browser.open("/api/session/link?token=" + token).step("sign-in link");
    browser.click("form button[type=submit]");
    browser.find("main h1");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
