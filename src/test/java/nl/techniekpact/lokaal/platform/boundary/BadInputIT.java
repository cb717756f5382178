package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.platform.boundary.BadRequests.Operation;
import nl.techniekpact.lokaal.platform.boundary.BadRequests.Request;
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
 * Bad input, as deployed: every operation that /openapi describes gets thousands of malformed
 * requests (wrong types per field, huge and empty text, deep nesting, bytes that are not UTF-8,
 * wrong and invalid media types, odd ids in paths, 5 MB bodies) from each kind of caller. Every
 * answer must be below 500, every 4xx a problem+json whose status is the HTTP status, and the demo
 * data must be as it was. The valid parts of each request point at a throwaway edition of the
 * test's own. Runs once on MariaDB and once on the embedded database (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final String DAY = "2027-04-13";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  /** Made once per deployment: signing in and signing up are rate limited. */
  private static World world;

  /** The callers, the test's throwaway edition and what is in it. */
  private record World(
      Lokaal admin,
      Map<String, String> tokens,
      List<Long> demoEditions,
      long edition,
      long school,
      long company,
      long slot,
      long group,
      Parties parties) {}

  @BeforeEach
  void setUpOnce() {
    if (world != null) {
      return;
    }
    Parties parties = new Parties(new Lokaal(base), 5);
    Lokaal admin = parties.as(parties.admin());
    List<Long> demo =
        admin.get("api/editions").array().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getJsonNumber("id").longValue())
            .toList();
    long edition =
        Bodies.id(
            Bodies.expect(
                201, admin.post("api/editions", editionJson("Week van de Foute Invoer"))));
    Bodies.expect(200, admin.post("api/editions/" + edition + "/open", ""));
    Party school = parties.school(edition, "Basisschool De Foute Invoer", "7101 BN", "Winterswijk");
    Party company = parties.company(edition, "Foute Invoer Techniek BV", "7101 BN", "Winterswijk");
    Party organiser = parties.organiser("achterhoek");
    long slot =
        Bodies.id(
            Bodies.expect(
                201,
                parties
                    .as(company)
                    .post("api/editions/" + edition + "/slots", Bodies.slotJson(null, DAY))));
    long group =
        Bodies.id(
            Bodies.expect(
                201,
                parties
                    .as(school)
                    .post(
                        "api/editions/" + edition + "/groups",
                        Bodies.group("groep 7a", DAY, 25, List.of(company.id())).toString())));
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("anonymous", null);
    tokens.put("school", school.token());
    tokens.put("company", company.token());
    tokens.put("organiser", organiser.token());
    tokens.put("admin", parties.admin().token());
    world =
        new World(admin, tokens, demo, edition, school.id(), company.id(), slot, group, parties);
  }

  // Each defect found once, by name -----------------------------------------------------------

  @Test
  void anEditionWithADayNoDatabaseHoldsIsRefusedNamingTheField() {
    Lokaal.Reply created =
        world
            .admin()
            .post("api/editions", editionJson("Eeuwig").replace("2027-04-12", "-999999999-01-01"));
    assertProblem(400, created);
    assertEquals("firstDay", created.json().getString("field"));

    Lokaal.Reply described =
        world
            .admin()
            .put(
                "api/editions/" + world.edition(),
                editionJson("Eeuwig").replace("2027-04-16", "+999999999-12-31"));
    assertProblem(400, described);
    assertEquals("lastDay", described.json().getString("field"));
  }

  @Test
  void aGroupWithWishesNullWishesForNoCompanyInParticular() {
    Lokaal school = world.admin().withToken(world.tokens().get("school"));
    String body = groupWithWishesNull("groep 8 zonder wensen");

    Lokaal.Reply registered = school.post("api/editions/" + world.edition() + "/groups", body);
    assertEquals(201, registered.status(), registered.toString());
    assertEquals(0, registered.json().getJsonArray("wishes").size());

    long id = registered.json().getJsonNumber("id").longValue();
    Lokaal.Reply changed = school.put("api/groups/" + id, body);
    assertEquals(200, changed.status(), changed.toString());
  }

  @Test
  void anIdWrittenOtherwiseThanLokaalWritesItNamesNothing() throws IOException {
    long demo = world.demoEditions().get(0);
    String before = world.admin().get("api/editions/" + demo).text();
    RawHttp raw = new RawHttp(base);
    for (String odd : List.of("+" + demo, "%2B" + demo, demo + ";x", "0" + demo, demo + "%3Bx")) {
      for (String method : List.of("GET", "PUT")) {
        RawHttp.Answer answer =
            raw.send(
                method,
                "/api/editions/" + odd,
                Map.of(
                    "Content-Type", "application/json", "Authorization", "Bearer " + adminToken()),
                method.equals("PUT")
                    ? editionJson("Omgedoopt").getBytes(StandardCharsets.UTF_8)
                    : null);
        assertProblem(404, answer, method + " " + odd);
      }
    }
    assertEquals(
        before, world.admin().get("api/editions/" + demo).text(), "demo edition unchanged");
  }

  @Test
  void aFieldTheRequestDoesNotHaveOrOfTheWrongTypeIsRefusedNamingIt() {
    Lokaal school = world.admin().withToken(world.tokens().get("school"));
    String groups = "api/editions/" + world.edition() + "/groups";
    JsonObject valid = Bodies.group("groep 6", DAY, 25, List.of());
    Map<String, String> refusals =
        Map.of(
            "bogus", Json.createObjectBuilder(valid).add("bogus", 1).build().toString(),
            "name", Json.createObjectBuilder(valid).add("name", true).build().toString(),
            "teacherName",
                Json.createObjectBuilder(valid)
                    .add("teacherName", Json.createObjectBuilder())
                    .build()
                    .toString(),
            "days", Json.createObjectBuilder(valid).add("days", "MONDAY").build().toString());
    refusals.forEach(
        (field, body) -> {
          Lokaal.Reply refused = school.post(groups, body);
          assertProblem(400, refused);
          assertEquals(field, refused.json().getString("field"), refused.toString());
        });
  }

  @Test
  void whatTheContainerAnswersItselfIsAProblemToo() throws IOException {
    RawHttp raw = new RawHttp(base);
    String bearer = "Bearer " + adminToken();
    assertProblem(404, raw.send("GET", "/nope", Map.of(), null), "an unknown path");
    assertProblem(404, raw.send("GET", "/nope.html", Map.of(), null), "a missing page");
    assertProblem(403, raw.send("DELETE", "/index.html", Map.of(), null), "a page deleted");
    assertProblem(
        400,
        raw.send(
            "PUT",
            "/api/editions/" + world.edition(),
            Map.of("Content-Type", "application/", "Authorization", bearer),
            "{}".getBytes(StandardCharsets.UTF_8)),
        "no media type");
    assertProblem(
        405,
        raw.send(
            "PATCH", "/api/editions/" + world.edition(), Map.of("Authorization", bearer), null),
        "a method the path does not take");

    RawHttp.Answer page = raw.send("GET", "/index.html", Map.of(), null);
    assertEquals(200, page.status());
    assertTrue(page.contentType().startsWith("text/html"), page.contentType());
  }

  // In the reader's language -------------------------------------------------------------------

  private static final List<String> LANGUAGES = List.of("nl", "en", "de");

  /**
   * Every refusal a person can meet is in their language: the Dutch detail and each error's message
   * differ from the English, hold no English sentence, request path or raw id, and the German
   * differs from the English too. Features in {@link Refusals#PENDING} are listed, not failed.
   */
  @Test
  void everyRefusalIsWordedInTheLanguageTheReaderAsksFor() throws IOException {
    RawHttp raw = new RawHttp(base);
    List<Refusals.Case> cases =
        Refusals.all(
            new Refusals.Ids(
                world.edition(), world.school(), world.company(), world.slot(), world.group()),
            editionJson("Week van de Foute Invoer"));
    List<String> faults = new ArrayList<>();
    int several = 0;
    for (Refusals.Case refusal : cases) {
      Map<String, JsonObject> problems = new LinkedHashMap<>();
      List<String> found = new ArrayList<>();
      for (String language : LANGUAGES) {
        Map<String, String> headers = new LinkedHashMap<>(refusal.headers());
        headers.put("Accept-Language", language);
        String token = world.tokens().get(refusal.caller());
        if (token != null) {
          headers.put("Authorization", "Bearer " + token);
        }
        if (refusal.contentType() != null) {
          headers.put("Content-Type", refusal.contentType());
        }
        RawHttp.Answer answer =
            raw.send(refusal.method(), "/" + refusal.path(), headers, refusal.body());
        String mismatch = answer.status() < 500 ? problemMismatch(answer) : "a server error";
        if (answer.status() < 400 || answer.status() >= 500 || mismatch != null) {
          found.add(language + ": " + answer.status() + " " + abbreviated(answer.text()));
          continue;
        }
        try (var reader = Json.createReader(new StringReader(answer.text()))) {
          problems.put(language, reader.readObject());
        }
      }
      if (problems.size() == LANGUAGES.size()) {
        found.addAll(wordingFaults(refusal, problems));
        if (refusal.feature().equals("event") && refusal.method().equals("PUT")) {
          several = texts(problems.get("nl")).size() - 1;
        }
      }
      if (!found.isEmpty()) {
        faults.add(refusal + "\n    " + String.join("\n    ", found));
      }
    }
    System.out.println("refusals: cases=" + cases.size() + " faults=" + faults.size());
    assertTrue(faults.isEmpty(), faults.size() + " refusals:\n" + String.join("\n", faults));
    assertTrue(several >= 2, "an edition's form is refused with all of its errors at once");
  }

  /** What a reader of each language should not meet in one refusal's three answers. */
  private static List<String> wordingFaults(
      Refusals.Case refusal, Map<String, JsonObject> problems) {
    List<String> found = new ArrayList<>();
    List<String> dutch = texts(problems.get("nl"));
    List<String> english = texts(problems.get("en"));
    List<String> german = texts(problems.get("de"));
    if (dutch.isEmpty()) {
      found.add("no detail");
    }
    if (dutch.size() != english.size() || german.size() != english.size()) {
      found.add("the languages say a different number of things");
      return found;
    }
    String[] data = refusal.data().toArray(String[]::new);
    for (int i = 0; i < dutch.size(); i++) {
      if (dutch.get(i).equals(english.get(i))) {
        found.add("Dutch as English: " + dutch.get(i));
      }
      if (german.get(i).equals(english.get(i))) {
        found.add("German as English: " + german.get(i));
      }
      List<String> wrong = nl.techniekpact.lokaal.testing.Wording.faults(dutch.get(i), data);
      if (!wrong.isEmpty()) {
        found.add(wrong + " in: " + dutch.get(i));
      }
    }
    return found;
  }

  /** The detail, then each error's message (or, for a refused import, its reason). */
  private static List<String> texts(JsonObject problem) {
    List<String> texts = new ArrayList<>();
    if (problem.containsKey("detail")) {
      texts.add(problem.getString("detail"));
    }
    if (problem.containsKey("errors")) {
      for (JsonObject error : problem.getJsonArray("errors").getValuesAs(JsonObject.class)) {
        texts.add(error.getString("message", error.getString("reason", "")));
      }
    }
    return texts;
  }

  // Thousands of them -------------------------------------------------------------------------

  @Test
  void noMalformedRequestToAnyOperationIsAServerErrorOrChangesTheDemoData() throws Exception {
    Map<String, String> before = fingerprint();
    List<Operation> operations =
        BadRequests.operations(
            world.admin().withHeader("Accept", "application/json").get("openapi").json());
    assertTrue(operations.size() > 50, "operations in /openapi: " + operations.size());

    // What may legitimately end the caller's session or the edition's registration goes last.
    List<Call> first = new ArrayList<>();
    List<Call> last = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation.toString().equals("DELETE /api/session")) {
        continue;
      }
      boolean late = "DELETE".equals(operation.method()) || isAction(operation);
      for (String caller : world.tokens().keySet()) {
        for (Request request : BadRequests.of(operation, valid(), caller.equals("admin"))) {
          (late ? last : first)
              .add(new Call(caller, authorized(request, world.tokens().get(caller))));
        }
      }
    }
    Tally tally = new Tally();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(150);
    send(first, tally, deadline);
    send(last, tally, deadline);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

    System.out.println(
        "bad-input: requests="
            + tally.requests
            + " 2xx="
            + tally.byClass.get(2)
            + " 3xx="
            + tally.byClass.get(3)
            + " 4xx="
            + tally.byClass.get(4)
            + " 5xx="
            + tally.byClass.get(5)
            + " container-only="
            + sum(tally.container)
            + " seconds="
            + seconds);
    System.out.println("bad-input: accepted (2xx, 3xx) by kind: " + new TreeMap<>(tally.accepted));
    System.out.println(
        "bad-input: answered by the container alone: " + new TreeMap<>(tally.container));
    List<String> violations = tally.violations.stream().limit(40).toList();
    assertTrue(
        violations.isEmpty(),
        tally.violations.size() + " violations, the first:\n" + String.join("\n", violations));
    assertEquals(before, fingerprint(), "the demo data is as it was");
  }

  /** Answers of thousands of requests, counted as they come. */
  private static final class Tally {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicIntegerArray byClass = new AtomicIntegerArray(6);
    final Map<String, Integer> accepted = new ConcurrentHashMap<>();
    final Map<String, Integer> container = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A request as one of the callers sends it. */
  private record Call(String caller, Request request) {}

  /** Four at a time, as four clients; all answered by the deadline, or the test fails. */
  private void send(List<Call> calls, Tally tally, long deadline) throws InterruptedException {
    RawHttp raw = new RawHttp(base);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (Call call : calls) {
      clients.submit(() -> judge(raw, call, tally));
    }
    clients.shutdown();
    boolean done = clients.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    clients.shutdownNow();
    assertTrue(done, "all requests answered within 150 s");
  }

  private static void judge(RawHttp raw, Call call, Tally tally) {
    Request request = call.request();
    String what =
        call.caller()
            + " "
            + request.operation()
            + " ["
            + request.kind()
            + "] "
            + abbreviated(request.target());
    tally.requests.incrementAndGet();
    RawHttp.Answer answer;
    try {
      answer = raw.send(request.method(), request.target(), request.headers(), request.body());
    } catch (IOException | RuntimeException e) {
      tally.violations.add(what + ": no answer: " + e);
      return;
    }
    int statusClass = Math.min(answer.status() / 100, 5);
    tally.byClass.incrementAndGet(statusClass);
    String kind = request.operation() + " [" + request.kind() + "] " + answer.status();
    if (answer.status() != 204 && answer.contentType().isEmpty() && answer.body().length == 0) {
      if (refusedByTheContainer(request)) {
        tally.container.merge(kind, 1, Integer::sum);
      } else {
        tally.violations.add(what + ": " + answer.status() + " with no body");
      }
    } else if (answer.status() >= 500) {
      tally.violations.add(what + ": " + answer.status() + " " + abbreviated(answer.text()));
    } else if (answer.status() >= 400) {
      String problem = problemMismatch(answer);
      if (problem != null) {
        tally.violations.add(what + ": " + problem);
      }
    } else {
      tally.accepted.merge(kind, 1, Integer::sum);
    }
  }

  /**
   * What Payara answers itself, before any application sees the request, with an empty body: a GET
   * or DELETE with a body (400), a request line over its 8 KB (400), a path it cannot decode (%zz:
   * 200; %00: 400) or normalise (..: 200). Nothing in Lokaal can change these answers; they are
   * counted apart.
   */
  private static boolean refusedByTheContainer(Request request) {
    String path = request.target().split("\\?")[0];
    return List.of("GET", "DELETE").contains(request.method()) && request.body() != null
        || request.target().length() > 8000
        || path.contains("/%zz")
        || path.contains("/%00")
        || path.matches(".*/\\.\\.(/.*)?");
  }

  /**
   * POST /api/session/link without a media type (or with a wildcard) reaches the form variant of
   * the method, whose @FormParam then fails: a 500 that the developer of SessionResource is fixing.
   */
  /** Null for a proper problem+json of the answer's status; else what is wrong with it. */
  private static String problemMismatch(RawHttp.Answer answer) {
    if (!answer.contentType().startsWith(Problem.MEDIA_TYPE)) {
      return answer.status() + " as " + answer.contentType() + ": " + abbreviated(answer.text());
    }
    try (var reader = Json.createReader(new StringReader(answer.text()))) {
      int status = reader.readObject().getInt("status");
      return status == answer.status() ? null : "status " + status + " in a " + answer.status();
    } catch (RuntimeException e) {
      return answer.status() + " problem that is not JSON: " + abbreviated(answer.text());
    }
  }

  private static Request authorized(Request request, String token) {
    if (token == null || request.headers().containsKey("Authorization")) {
      return request;
    }
    Map<String, String> headers = new LinkedHashMap<>(request.headers());
    headers.put("Authorization", "Bearer " + token);
    return new Request(
        request.operation(),
        request.kind(),
        request.method(),
        request.target(),
        headers,
        request.body());
  }

  /** A POST without a body changes a state: opens, closes, publishes, allocates, cancels. */
  private static boolean isAction(Operation operation) {
    return "POST".equals(operation.method()) && operation.bodyType() == null;
  }

  /** Everything about the demo editions an administrator can read, by what was read. */
  private Map<String, String> fingerprint() {
    Map<String, String> read = new TreeMap<>();
    read.put("regions", world.admin().get("api/regions").text());
    for (long edition : world.demoEditions()) {
      String path = "api/editions/" + edition;
      for (String part :
          List.of(
              "",
              "/groups",
              "/slots",
              "/schools",
              "/companies",
              "/sessions",
              "/bookings",
              "/placements",
              "/audit?max=5000")) {
        Lokaal.Reply reply = world.admin().get(path + part);
        read.put(
            path + part, reply.status() == 200 ? reply.text() : String.valueOf(reply.status()));
      }
      Lokaal.Reply files = world.admin().get(path + "/files");
      read.put(
          path + "/files",
          files.status() != 200
              ? String.valueOf(files.status())
              : ZipArchive.unpack(new ByteArrayInputStream(files.body())).entrySet().stream()
                  .map(f -> f.getKey() + "\n" + new String(f.getValue(), StandardCharsets.UTF_8))
                  .collect(Collectors.joining("\n")));
    }
    return read;
  }

  private BadRequests.Valid valid() {
    return new BadRequests.Valid() {
      @Override
      public String pathValue(Operation operation, String param) {
        String path = operation.path();
        long id =
            switch (param) {
              case "groupId" -> world.group();
              case "subject" -> world.school();
              case "id" ->
                  path.startsWith("/api/editions/")
                      ? world.edition()
                      : path.startsWith("/api/groups/")
                          ? world.group()
                          : path.startsWith("/api/slots/") || path.startsWith("/api/sessions/")
                              ? world.slot()
                              : path.startsWith("/api/schools/")
                                  ? world.school()
                                  : path.startsWith("/api/companies/")
                                      ? world.company()
                                      : 987_654_321L;
              default -> -1;
            };
        if (id >= 0) {
          return String.valueOf(id);
        }
        return switch (param) {
          case "file" -> "slots.csv";
          case "kind" -> "SCHOOL";
          default -> "x";
        };
      }

      @Override
      public String queryValue(String param) {
        return switch (param) {
          case "region" -> "achterhoek";
          case "schoolId" -> String.valueOf(world.school());
          case "reachKm" -> "20";
          case "level" -> "PO7";
          case "language", "lang" -> "nl";
          case "max" -> "10";
          default -> "1";
        };
      }

      @Override
      public JsonObject body(Operation operation) {
        return validBody(operation.schema());
      }
    };
  }

  private JsonObject validBody(String schema) {
    String json =
        switch (schema == null ? "" : schema) {
          case "EditionRequest" -> editionJson("Week van de Foute Invoer");
          case "GroupRequest" ->
              Json.createObjectBuilder(Bodies.group("groep 7b", DAY, 25, List.of()))
                  .add("schoolId", world.school())
                  .build()
                  .toString();
          case "SlotRequest" -> Bodies.slotJson(world.company(), DAY);
          case "SchoolRequest" ->
              Bodies.schoolJson(
                  world.parties().brin(),
                  "Basisschool De Fout",
                  "7101 BN",
                  "Winterswijk",
                  world.parties().email("school"));
          case "CompanyRequest" ->
              Bodies.companyJson(
                  "Fout BV", "7101 BN", "Winterswijk", world.parties().email("company"));
          case "BookingRequest" ->
              "{\"groupId\":" + world.group() + ",\"pupils\":20,\"waitIfFull\":true}";
          case "PupilsChange" -> "{\"pupils\":20}";
          case "Move" -> "{\"slotId\":" + world.slot() + "}";
          case "MoveRequest" -> "{\"slotId\":" + world.slot() + ",\"pinned\":true}";
          case "MoreSeats" -> "{\"add\":5}";
          case "InvitationRequest" ->
              "{\"kind\":\"SCHOOL\",\"email\":\"uitnodiging@lokaal-it.example.nl\",\"name\":\"X\",\"language\":\"nl\"}";
          case "OrganiserRequest" ->
              "{\"email\":\"fout@lokaal-it.example.nl\",\"name\":\"Fout\",\"role\":\"ORGANISER\","
                  + "\"region\":\"achterhoek\",\"password\":\"bad-input-password-1\"}";
          case "Credentials" ->
              "{\"email\":\"niemand@lokaal-it.example.nl\",\"password\":\"wrong-password-123\"}";
          case "LinkRequest" -> "{\"email\":\"niemand@lokaal-it.example.nl\"}";
          case "LinkToken" -> "{\"token\":\"" + "A".repeat(43) + "\"}";
          case "FeedRequest" -> "{\"kind\":\"SCHOOL\",\"id\":" + world.school() + "}";
          default -> "{}";
        };
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String editionJson(String name) {
    return """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"%s","firstDay":"2027-04-12","lastDay":"2027-04-16",
         "registrationOpens":"2026-11-01","registrationCloses":"2027-04-01","allowedLevels":["PO6","PO7","PO8"]}"""
        .formatted(name);
  }

  private static String groupWithWishesNull(String name) {
    return Json.createObjectBuilder(Bodies.group(name, DAY, 25, List.of()))
        .addNull("wishes")
        .build()
        .toString();
  }

  private static String adminToken() {
    return world.tokens().get("admin");
  }

  private static void assertProblem(int status, Lokaal.Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals(Problem.MEDIA_TYPE, reply.contentType(), reply.toString());
    assertEquals(status, reply.json().getInt("status"), reply.toString());
  }

  private static void assertProblem(int status, RawHttp.Answer answer, String what) {
    assertEquals(status, answer.status(), what + ": " + answer.text());
    assertEquals(null, problemMismatch(answer), what);
  }

  private static String abbreviated(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "...";
  }
}
