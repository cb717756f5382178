package nl.techniekpact.lokaal.testing;

import static nl.techniekpact.lokaal.testing.Bodies.companyJson;
import static nl.techniekpact.lokaal.testing.Bodies.credentials;
import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static nl.techniekpact.lokaal.testing.Bodies.schoolJson;
import static nl.techniekpact.lokaal.testing.Bodies.tokenJson;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.access.boundary.SessionCookies;

/**
 * Schools, companies and organisers, signed up and signed in through the API as real ones are:
 * organisers with a password, schools and companies with the link from their mail, read from the
 * outbox. Every address and BRIN code is new, so tests sharing a database never meet each other's.
 */
public final class Parties {

  public static final String ADMIN_EMAIL = "admin@lokaal.test";
  public static final String ADMIN_PASSWORD = "integration-test-password";

  private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Two digits of this run in every BRIN code, and letters in every address. */
  private static final int RUN_DIGITS = RANDOM.nextInt(100);

  private static final String RUN = String.format(Locale.ROOT, "%06x", RANDOM.nextInt(0x1000000));

  /**
   * A signed-in party. Organisers sign in again with their password, schools and companies by a new
   * link.
   */
  public record Party(String role, long id, String email, String password, String token) {}

  private final Lokaal anonymous;
  private static final AtomicInteger FIXTURES = new AtomicInteger();

  private final int classDigit;

  /** Tells this fixture's addresses from another's, even one with the same class digit. */
  private final int fixture = FIXTURES.incrementAndGet();

  private final AtomicInteger serial = new AtomicInteger();
  private final Party admin;

  /**
   * @param classDigit one digit of the BRIN codes this test class makes, unlike any other class's
   */
  public Parties(Lokaal anonymous, int classDigit) {
    this.anonymous = anonymous;
    this.classDigit = classDigit;
    this.admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  public Party admin() {
    return admin;
  }

  /** The client acting as the party; anonymous for null. */
  public Lokaal as(Party party) {
    return anonymous.withToken(party == null ? null : party.token());
  }

  public Party signIn(String email, String password) {
    JsonObject session =
        expect(200, anonymous.post("api/session", credentials(email, password))).json();
    return new Party(
        session.getString("role"),
        session.getJsonNumber("id").longValue(),
        email,
        password,
        session.getString("token"));
  }

  /**
   * The demo data's edition of this kind, such as the show "7 werelden van techniek": the first
   * made, as the demo data is made before any test makes editions of its own.
   */
  public long demoEdition(String kind) {
    return demoEdition(as(admin).get("api/editions"), kind);
  }

  /** The demo data's edition of this kind in the region, the first made. */
  public long demoEdition(String region, String kind) {
    return demoEdition(as(admin).get("api/editions?region=" + region), kind);
  }

  private static long demoEdition(Lokaal.Reply editions, String kind) {
    return expect(200, editions).array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("kind").equals(kind))
        .mapToLong(e -> e.getJsonNumber("id").longValue())
        .min()
        .orElseThrow(() -> new IllegalStateException("no demo edition of kind " + kind));
  }

  /** A new organiser account in the region, made by the administrator, signed in. */
  public Party organiser(String region) {
    String email = email("organiser");
    String password = "organiser-password-" + serial.incrementAndGet();
    expect(
        201,
        as(admin)
            .post(
                "api/organisers",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("name", "Organisator " + region)
                    .add("role", "ORGANISER")
                    .add("region", region)
                    .add("password", password)
                    .build()
                    .toString()));
    return signIn(email, password);
  }

  /** A new school location signed up for the edition and signed in by its link. */
  public Party school(long edition, String name, String postcode, String town) {
    return school(edition, brin(), name, postcode, town);
  }

  /** A new school location with a code of the test's own making, signed up and signed in. */
  public Party school(long edition, String code, String name, String postcode, String town) {
    String email = email("school");
    expect(
        202,
        anonymous.post(
            "api/editions/" + edition + "/schools", schoolJson(code, name, postcode, town, email)));
    return redeem(linkToken(email), email);
  }

  /** A new company signed up for the edition and signed in by its link. */
  public Party company(long edition, String name, String postcode, String town) {
    String email = email("company");
    expect(
        202,
        anonymous.post(
            "api/editions/" + edition + "/companies", companyJson(name, postcode, town, email)));
    return redeem(linkToken(email), email);
  }

  /** A second session for the party, as it would open one on another device. */
  public String newSession(Party party) {
    if (party.password() != null) {
      return signIn(party.email(), party.password()).token();
    }
    int before = linkTokens(party.email()).size();
    expect(
        202,
        anonymous.post(
            "api/session/links",
            Json.createObjectBuilder().add("email", party.email()).build().toString()));
    return redeem(newLinkToken(party.email(), before), party.email()).token();
  }

  /**
   * The token of a link mailed to the address after it had {@code before} of them: requested links
   * are written just after the answer, so this waits for it (up to 10 s).
   */
  public String newLinkToken(String email, int before) {
    long until = System.nanoTime() + 10_000_000_000L;
    for (List<String> tokens = linkTokens(email);
        tokens.size() <= before;
        tokens = linkTokens(email)) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("no new sign-in link to " + email + " in the outbox");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return linkTokens(email).get(0);
  }

  /** The tokens of the links mailed to the address, newest first. */
  public List<String> linkTokens(String email) {
    return as(admin).get("api/outbox?max=100").array().getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("recipient").equals(email))
        .map(m -> LINK_TOKEN.matcher(m.getString("text")))
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }

  public Party redeem(String linkToken, String email) {
    JsonObject session =
        expect(200, anonymous.post("api/session/link", tokenJson(linkToken))).json();
    return new Party(
        session.getString("role"),
        session.getJsonNumber("id").longValue(),
        email,
        null,
        session.getString("token"));
  }

  /**
   * The sign-in token of the newest mail to the address, as the administrator reads it in the
   * outbox.
   */
  public String linkToken(String email) {
    return linkTokens(email).stream()
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no sign-in link to " + email + " in the outbox"));
  }

  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"form\" value=\"([A-Za-z0-9_-]{43})\"");

  /**
   * Opens the mailed link's page and presses its button, as a browser does: the page's own form
   * token goes back in the form and in its cookie.
   */
  public static Lokaal.Reply pressLinkButton(Lokaal client, String linkToken) {
    Lokaal.Reply page = expect(200, client.get("api/session/link?token=" + linkToken));
    Matcher form = FORM_TOKEN.matcher(page.text());
    if (!form.find()) {
      throw new IllegalStateException("no form token on the link page: " + page);
    }
    return client
        .withHeader("Cookie", SessionCookies.FORM + "=" + form.group(1))
        .postForm("api/session/link", java.util.Map.of("token", linkToken, "form", form.group(1)));
  }

  /** A new address, never used before. */
  public String email(String who) {
    return who
        + "-"
        + RUN
        + "-"
        + classDigit
        + "-"
        + fixture
        + "-"
        + serial.incrementAndGet()
        + "@lokaal-it.example.nl";
  }

  /**
   * A new BRIN code with location number: the run's two digits, this class's digit, a letter, two
   * digits.
   */
  public String brin() {
    int n = serial.incrementAndGet();
    return String.format(
        Locale.ROOT, "%02d%d%c%02d", RUN_DIGITS, classDigit, (char) ('A' + n / 100 % 26), n % 100);
  }
}
