import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school, a company, class groups and sessions of the demo show, made through Lokaal's REST API
 * as the administrator, and the HTTP client that makes them and books. Only the JDK: the load runs
 * with nothing but the JDBC driver on its class path.
 */
final class ShowFixture {

  private static final Pattern ID = Pattern.compile("[{,]\"id\":(\\d+)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private String token;
  private long show;
  private long schoolId;
  private long companyId;
  private final AtomicLong groupNumber = new AtomicLong();

  /** Every group made, in the order made. */
  final List<Long> allGroups = new CopyOnWriteArrayList<>();

  ShowFixture(String base) {
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
  }

  /** Signs the administrator in, finds the show and signs up the school and the company. */
  void setUp(String admin, String password) throws Exception {
    signIn(admin, password);
    show = editionOfKind("SHOW");
    schoolId = signUpSchool();
    companyId = signUpCompany();
  }

  /**
   * Groups for this many more bookings, and the sessions they need, made through the API with 16
   * threads.
   */
  void prepare(Sessions sessions, ConcurrentLinkedQueue<Long> groups, long bookings)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (long i = groups.size(); i < bookings; i++) {
        work.add(
            threads.submit(
                () -> {
                  long id = group();
                  groups.add(id);
                  allGroups.add(id);
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      work.clear();
      Long[] made = new Long[sessions.needed(bookings)];
      for (int i = 0; i < made.length; i++) {
        int slot = i;
        work.add(threads.submit(() -> made[slot] = session()));
      }
      for (Future<?> f : work) {
        f.get();
      }
      sessions.ids.addAll(Arrays.asList(made));
    } finally {
      threads.shutdownNow();
    }
  }

  private void signIn(String admin, String password) throws Exception {
    var reply =
        send(
            "POST",
            "api/session",
            "{\"email\":\"" + admin + "\",\"password\":\"" + password + "\"}");
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(reply.body());
    if (reply.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("sign-in failed: " + reply.statusCode() + " " + reply.body());
    }
    token = m.group(1);
  }

  private long editionOfKind(String kind) throws Exception {
    return idOf(expect(200, send("GET", "api/editions", null)), "\"kind\":\"" + kind + "\"");
  }

  private long signUpSchool() throws Exception {
    expect(
        202,
        send(
            "POST",
            "api/editions/" + show + "/schools",
            """
            {"schoolId":"98BN00","name":"Basisschool De Bank","kind":"PO","street":"Bankstraat 1","postcode":"7001 BH",
             "town":"Doetinchem","lat":51.965,"lon":6.29,"contactEmail":"directie@debank.example.nl"}\
            """));
    return idOf(
        expect(200, send("GET", "api/editions/" + show + "/schools", null)),
        "\"schoolId\":\"98BN00\"");
  }

  private long signUpCompany() throws Exception {
    expect(
        202,
        send(
            "POST",
            "api/editions/" + show + "/companies",
            """
            {"name":"Bankwerkerij Belasting","sector":"metaal","street":"Fabrieksweg 9","postcode":"7001 BH",
             "town":"Doetinchem","lat":51.96,"lon":6.3,"contactEmail":"planning@belasting.example.nl"}\
            """));
    return idOf(
        expect(200, send("GET", "api/editions/" + show + "/companies", null)),
        "\"contactEmail\":\"planning@belasting.example.nl\"");
  }

  /**
   * A new class group; tried again on a 409, as Lokaal's random six-character group codes can
   * collide when thousands are made.
   */
  private long group() throws Exception {
    long n = groupNumber.incrementAndGet();
    String json =
        """
        {"schoolId":%d,"name":"Groep 8-%d","level":"PO8","pupils":20,"teacherEmail":"leerkracht-%d@debank.example.nl",
         "days":["2027-02-08","2027-02-09","2027-02-10"],"transport":"BUS","reachKm":30,"wishes":[]}\
        """
            .formatted(schoolId, n, n);
    HttpResponse<String> reply = send("POST", "api/editions/" + show + "/groups", json);
    for (int retry = 0; retry < 3 && reply.statusCode() == 409; retry++) {
      reply = send("POST", "api/editions/" + show + "/groups", json);
    }
    return idOf(expect(201, reply), "");
  }

  private long session() throws Exception {
    return idOf(
        expect(
            201,
            send(
                "POST",
                "api/editions/" + show + "/slots",
                """
                {"companyId":%d,"date":"2027-02-09","start":"09:00","end":"11:00","seats":%d,"maxGroups":%d,"levels":["PO7","PO8","VO1","VO2"]}\
                """
                    .formatted(companyId, Sessions.SEATS, Sessions.MAX_GROUPS))),
        "");
  }

  /** A request as the administrator, with a JSON body or none. */
  HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + (token == null ? "-" : token));
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String expect(int status, HttpResponse<String> reply) {
    if (reply.statusCode() != status) {
      throw new IllegalStateException(
          reply.request().method()
              + " "
              + reply.uri()
              + ": "
              + reply.statusCode()
              + " "
              + reply.body());
    }
    return reply.body();
  }

  /**
   * The id of the first JSON object in the text that contains the marker (of the whole text, for
   * "").
   */
  private static long idOf(String json, String marker) {
    for (String object : marker.isEmpty() ? List.of(json) : List.of(json.split("\\},\\{"))) {
      Matcher id =
          ID.matcher(object.startsWith("{") || object.startsWith("[") ? object : "{" + object);
      if (object.contains(marker) && id.find()) {
        return Long.parseLong(id.group(1));
      }
    }
    throw new IllegalStateException("no object with " + marker + " in " + json);
  }
}
