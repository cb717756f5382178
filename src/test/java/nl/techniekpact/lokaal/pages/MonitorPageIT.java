package nl.techniekpact.lokaal.pages;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/**
 * An organiser opens the pact monitor on a phone: the charts are drawn by the library the WAR
 * ships, and each chart's table shows the numbers the API gives. The region, its register and its
 * activities outside Lokaal are written straight into the database (school codes 9M...), as no page
 * makes them yet. Runs once, on MariaDB (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class MonitorPageIT {

  private static final int PHONE_WIDTH = 390;

  private static Parties parties;
  private static Party organiser;
  private static String region;
  private static SchoolYear year;

  @RegisterExtension final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void once() throws SQLException {
    assumeTrue(
        "MySQL".equals(System.getProperty("lokaal.it.database")),
        "the pages' browser tests run on MariaDB");
    browser.at(base.toString());
    browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    if (parties != null) {
      return;
    }
    year = SchoolYear.of(LocalDate.now());
    region =
        String.format(
            Locale.ROOT, "monitor-it-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    seed();
    // This class makes no BRIN codes nor addresses through Parties: its class digit is unused.
    parties = new Parties(new Lokaal(base), 0);
    String email = region + "@lokaal-it.example.nl";
    String password = "monitor-organiser-password";
    expect(
        201,
        parties
            .as(parties.admin())
            .post(
                "api/organisers",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("name", "Organisator Monitorpact")
                    .add("role", "ORGANISER")
                    .add("region", region)
                    .add("password", password)
                    .build()
                    .toString()));
    organiser = parties.signIn(email, password);
  }

  /**
   * Four primary schools and a secondary one. This year: De Es twice (the goal), Het Anker once,
   * the other two not at all; last year only De Zonnewijzer, once.
   */
  private static void seed() throws SQLException {
    try (Connection db =
        DriverManager.getConnection(
            System.getenv("LOKAAL_DB_URL"),
            System.getenv("LOKAAL_DB_USER"),
            System.getenv("LOKAAL_DB_PASSWORD"))) {
      long id = insert(db, "INSERT INTO region (code, name) VALUES (?, ?)", region, "Monitorpact");
      long es = school(db, id, "9MAA01", "OBS De Es", "PO", "Aalten");
      long anker = school(db, id, "9MAB01", "CBS Het Anker", "PO", "Berkelland");
      long zon = school(db, id, "9MAC01", "De Zonnewijzer", "PO", "Winterswijk");
      school(db, id, "9MAD01", "Kindcentrum Oost", "PO", "Aalten");
      long vo = school(db, id, "9MAE01", "Ulenhof College", "VO", "Doetinchem");
      long lokaal = activity(db, id, "Technieklokaal", year.firstDay().plusMonths(2));
      participate(db, lokaal, es, 2, 50, "PO7");
      participate(db, lokaal, anker, 1, 24, "PO8");
      participate(db, lokaal, vo, 1, 28, "VO1");
      long lego = activity(db, id, "FIRST LEGO League", year.firstDay().plusMonths(6));
      participate(db, lego, es, 1, 20, "PO8");
      long earlier = activity(db, id, "Technieklokaal", year.previous().firstDay().plusMonths(3));
      participate(db, earlier, zon, 1, 25, "PO6");
    }
  }

  @Test
  void anOrganiserSeesTheGoalChartedWithTheApisNumbersInItsTable() {
    JsonObject api =
        expect(200, parties.as(organiser).get("api/regions/" + region + "/monitor")).json();
    // The seed's own numbers, so that a page agreeing with a wrong answer still fails.
    assertEquals(4, api.getInt("primarySchools"));
    assertEquals(
        List.of(2, 1, 1),
        List.of(
            api.getInt("primaryWithNone"),
            api.getInt("primaryWithOne"),
            api.getInt("primaryWithTwoOrMore")));
    assertEquals(122, api.getInt("pupilsReached"));

    signIn();
    browser.click("#monitor-link");
    browser.find("section[data-figure=goal] canvas");
    browser.step("monitor on a phone");
    assertEquals(
        "true",
        String.valueOf(
            browser.script(
                "const c = document.querySelector('section[data-figure=goal] canvas');"
                    + " return !!Chart.getChart(c);")));
    assertTrue(paintedPixels("goal") > 500, "the goal's chart is drawn");
    assertTrue(paintedPixels("comparison") > 500, "the comparison is drawn");

    List<Integer> charted = chartData("goal");
    List<Integer> expected =
        List.of(
            api.getInt("primaryWithNone"),
            api.getInt("primaryWithOne"),
            api.getInt("primaryWithTwoOrMore"));
    assertEquals(expected, charted);
    assertEquals(
        expected,
        List.of(cell("goal", "none", 1), cell("goal", "one", 1), cell("goal", "twoOrMore", 1)));
    assertEquals(api.getInt("pupilsReached"), number("dd[data-stat=pupilsReached]"));
    JsonObject level = api.getJsonArray("byLevel").getJsonObject(0);
    assertEquals("PO7", level.getString("key"));
    assertEquals(level.getInt("pupils"), cell("level", level.getString("key"), 3));
    JsonObject earlier =
        expect(200, parties.as(organiser).get("api/regions/" + region + "/monitor/years"))
            .array()
            .getJsonObject(3);
    assertEquals(year.previous().toString(), earlier.getString("year"));
    assertEquals(
        earlier.getInt("primaryWithOne"), cell("comparison", earlier.getString("year"), 2));
    assertEquals(earlier.getInt("pupilsReached"), cell("comparison", earlier.getString("year"), 5));
  }

  @Test
  void theSchoolsBelowTheGoalSortByMunicipalityAndByName() {
    signIn();
    browser.open("/monitor.html?regio=" + region);
    browser.find("#below-goal tr[data-school]");
    assertEquals(List.of("9MAD01", "9MAB01", "9MAC01"), belowGoal());
    browser.click("#below-goal button[data-sort=name]");
    assertEquals(List.of("9MAB01", "9MAC01", "9MAD01"), belowGoal());
    assertEquals(
        "true", browser.find("#below-goal button[data-sort=name]").getAttribute("aria-pressed"));
    String csv = (String) browser.script("return document.querySelector('#below-goal-csv').href");
    Lokaal.Reply file = parties.as(organiser).get(csv.substring(base.toString().length()));
    assertEquals(200, file.status(), file::toString);
    assertTrue(file.text().startsWith("BRIN en vestiging,School,Plaats,Gemeente"), file.text());
  }

  @Test
  void theChartLibraryComesFromTheWarUnderTheSamePolicy() {
    Lokaal.Reply library = new Lokaal(base).get("webjars/chart.js/4.5.1/dist/chart.umd.min.js");
    assertEquals(200, library.status());
    assertTrue(library.contentType().contains("javascript"), library.contentType());
    Lokaal.Reply page = new Lokaal(base).get("monitor.html");
    assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
  }

  private void signIn() {
    browser.open("/inloggen.html");
    browser
        .type("#password-form [name=email]", organiser.email())
        .type("#password-form [name=password]", organiser.password())
        .click("#password-form [type=submit]");
    browser.find("#editions");
  }

  private List<String> belowGoal() {
    @SuppressWarnings("unchecked")
    List<String> codes =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#below-goal tr[data-school]')]"
                    + ".map(r => r.dataset.school)");
    return codes;
  }

  private long paintedPixels(String figure) {
    return (Long)
        browser.script(
            "const c = document.querySelector('section[data-figure="
                + figure
                + "] canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
  }

  private List<Integer> chartData(String figure) {
    @SuppressWarnings("unchecked")
    List<Long> data =
        (List<Long>)
            browser.script(
                "return Chart.getChart(document.querySelector('section[data-figure="
                    + figure
                    + "] canvas')).data.datasets[0].data");
    return data.stream().map(Long::intValue).toList();
  }

  /** The number in a figure's table row (by data-key), column n (0 is the row's heading). */
  private int cell(String figure, String key, int column) {
    String text =
        (String)
            browser.script(
                "const r = document.querySelector('section[data-figure="
                    + figure
                    + "] tbody tr[data-key=\"' + arguments[0] + '\"]');"
                    + " return r ? r.children[arguments[1]].textContent : null;",
                key,
                column);
    assertTrue(text != null, figure + " has no row " + key);
    return Integer.parseInt(text.replaceAll("[^0-9]", ""));
  }

  private int number(String css) {
    return Integer.parseInt(browser.text(css).replaceAll("[^0-9]", ""));
  }

  private static long school(
      Connection db, long region, String code, String name, String kind, String municipality)
      throws SQLException {
    return insert(
        db,
        "INSERT INTO register_school (region_id, code, name, kind, town, municipality, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, 1)",
        region,
        code,
        name,
        kind,
        municipality,
        municipality);
  }

  private static long activity(Connection db, long region, String kind, LocalDate day)
      throws SQLException {
    long kindId;
    try (PreparedStatement q =
        db.prepareStatement("SELECT id FROM activity_kind WHERE region_id IS NULL AND name = ?")) {
      q.setString(1, kind);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        kindId = r.getLong(1);
      }
    }
    return insert(
        db,
        "INSERT INTO external_activity (region_id, kind_id, name, held_on, version)"
            + " VALUES (?, ?, ?, ?, 1)",
        region,
        kindId,
        kind + " " + day,
        java.sql.Date.valueOf(day));
  }

  private static void participate(
      Connection db, long activity, long school, int groups, int pupils, String level)
      throws SQLException {
    insert(
        db,
        "INSERT INTO external_participation (activity_id, school_id, groups_count, pupils, level)"
            + " VALUES (?, ?, ?, ?, ?)",
        activity,
        school,
        groups,
        pupils,
        level);
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
