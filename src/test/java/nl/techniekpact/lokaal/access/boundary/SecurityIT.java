package nl.techniekpact.lokaal.access.boundary;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tries from outside: replaying a session secret, racing a link, locking an
 * organiser out, forging cross-site requests, telling known from unknown addresses, and what the
 * server's headers give away.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  private static final String DAY = "2027-03-16";
  private static final String EVIL = "https://lokaal-evil.example";

  /** The server writes a known address's link 50 ms after its answer; this leaves it time. */
  private static final long LINK_MAILED_WITHIN_MS = 100;

  private static Parties parties;
  private static long edition;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void once() {
    if (parties == null) {
      parties = new Parties(new Lokaal(base), 4);
      edition =
          parties
              .as(parties.admin())
              .get("api/editions?region=achterhoek")
              .array()
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(e -> e.getString("name").equals("Week van de Techniek Achterhoek 2027"))
              .findFirst()
              .orElseThrow()
              .getInt("id");
    }
  }

  @Test
  void anIdempotencyKeyNeverReplaysASessionSecret() {
    String link = newLinkToken();
    Lokaal keyed = anonymous().withHeader("Idempotency-Key", UUID.randomUUID().toString());

    var first = keyed.post("api/session/link", Bodies.tokenJson(link));
    var bogus = keyed.post("api/session/link", Bodies.tokenJson("x".repeat(43)));
    var empty = keyed.post("api/session/link", "{}");

    assertEquals(200, first.status(), first.toString());
    assertProblem(401, bogus);
    assertNull(bogus.header("Idempotent-Replayed"));
    assertFalse(bogus.text().contains(first.json().getString("token")));
    assertProblem(400, empty);
    assertNull(empty.header("Idempotent-Replayed"));
  }

  @Test
  void anIdempotencyKeyIsTheCallersOwnAndBelongsToOneBody() {
    Party school = newSchool();
    Party other = newSchool();
    String key = UUID.randomUUID().toString();
    String groupA = Bodies.group("groep 7a", DAY, 10, List.of()).toString();
    String groupB = Bodies.group("groep 7b", DAY, 10, List.of()).toString();

    var first = parties.as(school).withHeader("Idempotency-Key", key).post(groups(), groupA);
    var otherBody = parties.as(school).withHeader("Idempotency-Key", key).post(groups(), groupB);
    var otherCaller = parties.as(other).withHeader("Idempotency-Key", key).post(groups(), groupA);

    assertEquals(201, first.status(), first.toString());
    assertProblem(422, otherBody);
    assertEquals(201, otherCaller.status(), otherCaller.toString());
    assertNull(otherCaller.header("Idempotent-Replayed"), "another caller's key is not replayed");
    assertNotEquals(Bodies.id(first), Bodies.id(otherCaller));
  }

  @Test
  void twentySimultaneousRedemptionsOfOneLinkGiveExactlyOneSession() throws Exception {
    String link = newLinkToken();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Lokaal.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return anonymous().post("api/session/link", Bodies.tokenJson(link));
                }));
      }
      start.countDown();
      int sessions = 0;
      for (Future<Lokaal.Reply> reply : replies) {
        Lokaal.Reply answer = reply.get();
        if (answer.status() == 200) {
          sessions++;
          assertEquals(
              200,
              anonymous().withToken(answer.json().getString("token")).get("api/session").status());
        } else {
          assertProblem(401, answer);
        }
      }
      assertEquals(1, sessions, "exactly one of 20 redemptions opens a session");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFloodOfFailedSignInsFromOneClientAddressDoesNotStopTheOrganiserOnAnother()
      throws IOException {
    Party organiser = parties.organiser("achterhoek");
    String wrong = Bodies.credentials(organiser.email(), "a-guessed-password");
    List<Integer> flood = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      flood.add(postFrom("127.0.0.2", "/api/session", wrong));
    }
    assertTrue(flood.stream().allMatch(s -> s == 401 || s == 429), flood.toString());
    assertTrue(flood.contains(429), "the flooding client is slowed down: " + flood);

    var owner =
        anonymous()
            .post("api/session", Bodies.credentials(organiser.email(), organiser.password()));
    assertEquals(200, owner.status(), owner.toString());
  }

  @Test
  void noStateChangingOperationAcceptsAForgedCrossSiteRequest() {
    Lokaal admin = parties.as(parties.admin());
    String before = fingerprint(admin);
    Map<String, Integer> counts = new TreeMap<>();
    int operations = 0;
    JsonObject paths = openApi().getJsonObject("paths");
    for (String template : paths.keySet()) {
      String path = template.replaceAll("\\{[^}]+}", "1").replaceFirst("^/", "");
      for (String method : paths.getJsonObject(template).keySet()) {
        String verb = method.toUpperCase(java.util.Locale.ROOT);
        if (!List.of("POST", "PUT", "DELETE", "PATCH").contains(verb)) {
          continue;
        }
        operations++;
        String what = verb + " " + template;
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        expectRefused(
            what + " from another origin",
            403,
            admin.withHeader("Origin", EVIL).request(verb, path, "application/json", json),
            counts);
        expectRefused(
            what + " from another site",
            403,
            admin
                .withHeader("Sec-Fetch-Site", "cross-site")
                .request(verb, path, "application/json", json),
            counts);
        expectRefused(
            what + " from an opaque origin",
            403,
            admin.withHeader("Origin", "null").request(verb, path, "application/json", json),
            counts);
        expectRefused(
            what + " as text/plain", 415, admin.request(verb, path, "text/plain", json), counts);
        var form =
            admin.request(
                verb,
                path,
                "application/x-www-form-urlencoded",
                "token=x&form=y".getBytes(StandardCharsets.UTF_8));
        assertTrue(form.status() == 415 || form.status() == 403, what + " as a form: " + form);
        assertEquals("application/problem+json", form.contentType(), what + " as a form: " + form);
      }
    }
    assertTrue(operations > 30, "the OpenAPI document lists the operations: " + operations);
    assertEquals(before, fingerprint(admin), "no forged request changed anything");
    System.out.println("cross-site: operations=" + operations + " refused=" + counts);
  }

  @Test
  void aCrossSiteSignInSetsNoCookie() {
    Party organiser = parties.organiser("achterhoek");
    var forged =
        anonymous()
            .withHeader("Origin", EVIL)
            .post("api/session", Bodies.credentials(organiser.email(), organiser.password()));
    assertProblem(403, forged);
    assertNull(forged.header("Set-Cookie"));

    var own =
        anonymous()
            .withHeader("Origin", origin())
            .withHeader("Sec-Fetch-Site", "same-origin")
            .post("api/session", Bodies.credentials(organiser.email(), organiser.password()));
    assertEquals(200, own.status(), own.toString());
  }

  @Test
  void theLinkPageSignsInOnlyWithItsOwnFormToken() {
    var withoutPageToken =
        anonymous()
            .postForm("api/session/link", Map.of("token", newLinkToken(), "form", "y".repeat(43)));
    assertProblem(403, withoutPageToken);

    var pressed = Parties.pressLinkButton(anonymous(), newLinkToken());
    assertEquals(303, pressed.status(), pressed.toString());
    assertTrue(
        pressed.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("lokaal_session=")),
        pressed.headers().toString());
  }

  @Test
  void aContactAddressSwitchesBetweenItsOwnSchoolsAndCompaniesOnly() {
    String email = parties.email("board");
    signUp(
        "schools",
        Bodies.schoolJson(
            parties.brin(), "Basisschool De Sleutel", "7101 BN", "Winterswijk", email));
    signUp(
        "schools",
        Bodies.schoolJson(
            parties.brin(), "Basisschool Het Anker", "7101 BN", "Winterswijk", email));
    signUp("companies", Bodies.companyJson("Bestuursbureau BV", "7101 BN", "Winterswijk", email));
    Party board = parties.redeem(parties.linkToken(email), email);
    Party stranger = newSchool();

    List<JsonObject> listed =
        expect(200, parties.as(board).get("api/session/parties"))
            .array()
            .getValuesAs(JsonObject.class);

    assertEquals(
        List.of("SCHOOL", "SCHOOL", "COMPANY"),
        listed.stream().map(p -> p.getString("role")).toList());
    assertEquals(
        List.of("Winterswijk", "Winterswijk", "Winterswijk"),
        listed.stream().map(p -> p.getString("town")).toList());
    assertEquals(
        List.of(board.role() + ":" + board.id()),
        listed.stream()
            .filter(p -> p.getBoolean("current"))
            .map(p -> p.getString("role") + ":" + p.getJsonNumber("id").longValue())
            .toList());
    long school = listed.get(0).getJsonNumber("id").longValue();
    assertFalse(
        listed.stream().anyMatch(p -> p.getJsonNumber("id").longValue() == stranger.id()),
        "another address's school is not listed");

    Lokaal asBoard = parties.as(board);
    assertProblem(404, asBoard.post("api/session/parties", choice("SCHOOL", stranger.id())));
    assertProblem(404, asBoard.post("api/session/parties", choice("COMPANY", school)));
    assertProblem(400, asBoard.post("api/session/parties", choice("ADMIN", parties.admin().id())));
    assertProblem(400, asBoard.post("api/session/parties", "{\"role\":\"SCHOOL\"}"));
    assertProblem(404, parties.as(stranger).post("api/session/parties", choice("SCHOOL", school)));
    assertProblem(403, parties.as(parties.admin()).get("api/session/parties"));
    assertProblem(
        403, parties.as(parties.admin()).post("api/session/parties", choice("SCHOOL", school)));
    assertProblem(
        403,
        asBoard.withHeader("Origin", EVIL).post("api/session/parties", choice("SCHOOL", school)));
    assertEquals(
        200, asBoard.get("api/session").status(), "refused switches leave the session as it was");

    var switched = expect(200, asBoard.post("api/session/parties", choice("SCHOOL", school)));
    String secret = switched.json().getString("token");
    Lokaal asSchool = anonymous().withToken(secret);

    assertNotEquals(board.token(), secret, "switching gives a new session secret");
    assertTrue(sessionCookie(switched).startsWith("lokaal_session=" + secret + ";"));
    assertEquals(401, asBoard.get("api/session").status(), "the old secret has ended");
    JsonObject who = expect(200, asSchool.get("api/session")).json();
    assertEquals(
        "SCHOOL:" + school, who.getString("role") + ":" + who.getJsonNumber("id").longValue());
    assertEquals(200, asSchool.get("api/schools/" + school).status());
    assertEquals(404, asSchool.get("api/schools/" + stranger.id()).status());
    assertEquals(
        3,
        expect(200, asSchool.get("api/session/parties")).array().size(),
        "the new session may switch on, and back");
  }

  @Test
  void tenSimultaneousSwitchesOfOneSessionGiveExactlyOneNewSession() throws Exception {
    String email = parties.email("board");
    signUp(
        "schools",
        Bodies.schoolJson(parties.brin(), "Basisschool De Ring", "7101 BN", "Winterswijk", email));
    signUp(
        "schools",
        Bodies.schoolJson(parties.brin(), "Basisschool De Kern", "7101 BN", "Winterswijk", email));
    Party board = parties.redeem(parties.linkToken(email), email);
    String other =
        choice(
            "SCHOOL",
            expect(200, parties.as(board).get("api/session/parties"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> !p.getBoolean("current"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue());
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Lokaal.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return parties.as(board).post("api/session/parties", other);
                }));
      }
      start.countDown();
      int sessions = 0;
      for (Future<Lokaal.Reply> reply : replies) {
        Lokaal.Reply answer = reply.get();
        if (answer.status() == 200) {
          sessions++;
        } else {
          assertTrue(answer.status() == 401 || answer.status() == 403, answer.toString());
        }
      }
      assertEquals(1, sessions, "exactly one of 10 switches opens a session");
    } finally {
      pool.shutdownNow();
    }
  }

  private void signUp(String kind, String body) {
    expect(202, anonymous().post("api/editions/" + edition + "/" + kind, body));
  }

  private static String choice(String role, long id) {
    return Json.createObjectBuilder().add("role", role).add("id", id).build().toString();
  }

  @Test
  void anotherSchoolsGroupAnswersExactlyLikeAMissingOne() {
    Party owner = newSchool();
    Party stranger = newSchool();
    long group =
        Bodies.id(
            expect(
                201,
                parties
                    .as(owner)
                    .post(groups(), Bodies.group("groep 8", DAY, 10, List.of()).toString())));
    long missing = group + 1_000_000;

    var theirs = parties.as(stranger).get("api/groups/" + group);
    var none = parties.as(stranger).get("api/groups/" + missing);

    assertProblem(404, theirs);
    assertEquals(
        none.text().replace(String.valueOf(missing), "#"),
        theirs.text().replace(String.valueOf(group), "#"));
    assertEquals(
        parties
            .as(stranger)
            .delete("api/groups/" + missing)
            .text()
            .replace(String.valueOf(missing), "#"),
        parties
            .as(stranger)
            .delete("api/groups/" + group)
            .text()
            .replace(String.valueOf(group), "#"));
  }

  @Test
  void aLinkRequestTakesAsLongForAKnownAsForAnUnknownAddress() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String email = parties.email("timing");
      expect(
          202,
          anonymous()
              .post(
                  "api/editions/" + edition + "/companies",
                  Bodies.companyJson("Tijd BV " + i, "7101 BN", "Winterswijk", email)));
      known.add(email);
    }
    double difference =
        medianDifference(
            known.size(),
            i -> anonymous().post("api/session/links", "{\"email\":\"" + known.get(i) + "\"}"),
            i ->
                anonymous()
                    .post("api/session/links", "{\"email\":\"" + parties.email("unknown") + "\"}"),
            202,
            LINK_MAILED_WITHIN_MS);
    System.out.println("timing: link request median difference ms=" + difference);
    assertTrue(Math.abs(difference) < 2, "median difference " + difference + " ms");
  }

  @Test
  void aSignInTakesAsLongForAKnownAsForAnUnknownAddress() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      known.add(parties.organiser("achterhoek").email());
    }
    double difference =
        medianDifference(
            60,
            i ->
                anonymous()
                    .post("api/session", Bodies.credentials(known.get(i % 12), "not-the-password")),
            i ->
                anonymous()
                    .post(
                        "api/session",
                        Bodies.credentials(parties.email("unknown"), "not-the-password")),
            401,
            0);
    System.out.println("timing: sign-in median difference ms=" + difference);
    assertTrue(Math.abs(difference) < 2, "median difference " + difference + " ms");
  }

  @Test
  void pagesAndAnswersCarryTheSecureHeadersAndNameNoServer() {
    for (String path : List.of("", "inloggen.html", "api/regions", "api/editions/999999999")) {
      var reply = anonymous().get(path);
      String csp = reply.header("Content-Security-Policy");
      assertTrue(
          csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
          path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
      assertEquals("same-origin", reply.header("Referrer-Policy"), path);
      assertNull(reply.header("Server"), path + " names its server");
    }
    assertEquals("no-store", anonymous().get("api/regions").header("Cache-Control"));
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxWithAnAgeAndSecureBehindATlsProxy() {
    Party organiser = parties.organiser("achterhoek");
    String body = Bodies.credentials(organiser.email(), organiser.password());

    String plain = sessionCookie(anonymous().post("api/session", body));
    String proxied =
        sessionCookie(
            anonymous().withHeader("X-Forwarded-Proto", "https").post("api/session", body));

    for (String cookie : List.of(plain, proxied)) {
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertTrue(cookie.contains("Max-Age=43200"), cookie);
    }
    assertFalse(plain.contains("Secure"), plain);
    assertTrue(proxied.contains("Secure"), proxied);
  }

  @Test
  void metricsAndTheGeneratedWadlAreNotPublic() {
    assertNotEquals(200, anonymous().get("metrics").status());
    assertNotEquals(200, anonymous().get("metrics?scope=application").status());
    assertEquals(404, anonymous().get("api/application.wadl").status());
  }

  // ---

  private static String sessionCookie(Lokaal.Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("lokaal_session="))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The median, over the tries after a warm-up, of a known call's time minus that of the unknown
   * call made right after it: pairs cancel what the machine's load does to both. After every call
   * the test waits {@code settleMs}, so that work the server does after its answer (the mail a
   * known address gets) does not land on the next call measured, and every call starts from the
   * same idle server.
   */
  private static double medianDifference(
      int tries,
      java.util.function.IntFunction<Lokaal.Reply> knownCall,
      java.util.function.IntFunction<Lokaal.Reply> unknownCall,
      int status,
      long settleMs) {
    int warmUp = Math.min(10, tries - 50);
    double[] differences = new double[tries - warmUp];
    for (int i = 0; i < tries; i++) {
      int n = i;
      boolean knownFirst = i % 2 == 0;
      double first =
          millis(() -> expectStatus(status, (knownFirst ? knownCall : unknownCall).apply(n)));
      settle(settleMs);
      double second =
          millis(() -> expectStatus(status, (knownFirst ? unknownCall : knownCall).apply(n)));
      settle(settleMs);
      if (i >= warmUp) {
        differences[i - warmUp] = knownFirst ? first - second : second - first;
      }
    }
    return median(differences);
  }

  private static void settle(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Lokaal.Reply expectStatus(int status, Lokaal.Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    return reply;
  }

  private static double millis(Supplier<Lokaal.Reply> call) {
    long start = System.nanoTime();
    call.get();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void expectRefused(
      String what, int status, Lokaal.Reply reply, Map<String, Integer> counts) {
    assertEquals(status, reply.status(), what + ": " + reply);
    assertEquals("application/problem+json", reply.contentType(), what + ": " + reply);
    counts.merge(String.valueOf(status), 1, Integer::sum);
  }

  /** What a forged request could change: every edition and its audit log, and the outbox. */
  private static String fingerprint(Lokaal admin) {
    StringBuilder all = new StringBuilder();
    var editions = expect(200, admin.get("api/editions")).array();
    all.append(editions);
    for (JsonValue edition : editions) {
      long id = edition.asJsonObject().getJsonNumber("id").longValue();
      all.append(expect(200, admin.get("api/editions/" + id + "/audit")).text());
    }
    all.append(expect(200, admin.get("api/outbox?max=1000")).array().size());
    return all.toString();
  }

  private JsonObject openApi() {
    return expect(200, anonymous().withHeader("Accept", "application/json").get("openapi")).json();
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  /** Posts JSON from another loopback address over a socket of its own; returns the status. */
  private int postFrom(String localAddress, String path, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(
          new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + base.getPort()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private Party newSchool() {
    return parties.school(edition, "Basisschool De Sleutel", "7101 BN", "Winterswijk");
  }

  private String newLinkToken() {
    String email = parties.email("link");
    expect(
        202,
        anonymous()
            .post(
                "api/editions/" + edition + "/companies",
                Bodies.companyJson("Link BV", "7101 BN", "Winterswijk", email)));
    return parties.linkToken(email);
  }

  private static String groups() {
    return "api/editions/" + edition + "/groups";
  }

  private Lokaal anonymous() {
    return parties.as(null);
  }

  private static void assertProblem(int status, Lokaal.Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType(), reply.toString());
    assertEquals(status, reply.json().getInt("status"), reply.toString());
  }
}
