import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of scripts/bench-booking, in a process of its own. Sets up a school, a company, class
 * groups and sessions of the demo show through Lokaal's REST API as the administrator; then {@code
 * clients} threads book, each request a fresh group into a session, for {@code seconds} after a
 * warm-up; then the cheapest authenticated request (GET api/session, answered without the database)
 * for half as long, as the server's own limit; then the same booking transaction straight over JDBC
 * (lock the session row, count its confirmed bookings, insert, commit) on sessions of its own, as
 * the database's limit; then counts overbooked sessions. Sessions fill in turns of {@code hot} at a
 * time, 55 bookings each for 50 seats and 50 groups, so that every session ends with five groups on
 * its waiting list.
 *
 * <p>Every phase also reports the processor time it cost per request, of the server, the database
 * and this load process, when their process ids are given: where a REST booking's time goes, next
 * to a bare request's and a bare transaction's.
 *
 * <p>Usage: java -cp mysql-connector-j.jar BookingLoad.java base=http://127.0.0.1:8080/
 * jdbc=jdbc:mysql://... user=U password=P admin=EMAIL adminPassword=P [clients=50 seconds=20
 * warmup=10 hot=25 raw=false (REST only, for profiling) serverPid=N databasePid=N clockTicks=100]
 */
public class BookingLoad {

  static final int SEATS = 50;
  static final int MAX_GROUPS = 50;
  static final int PER_SESSION = 55;
  static final Pattern ID = Pattern.compile("[{,]\"id\":(\\d+)");
  static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

  final Map<String, String> options;
  final int clients;
  final int hot;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  final URI base;
  String token;
  long show;
  long schoolId;
  long companyId;
  final AtomicLong groupNumber = new AtomicLong();
  final List<Long> allGroups = new CopyOnWriteArrayList<>();

  BookingLoad(Map<String, String> options) {
    this.options = options;
    this.clients = Integer.parseInt(options.getOrDefault("clients", "50"));
    this.hot = Integer.parseInt(options.getOrDefault("hot", "25"));
    String b = options.get("base");
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    new BookingLoad(options).run();
  }

  void run() throws Exception {
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));

    signIn();
    show = editionOfKind("SHOW");
    schoolId = signUpSchool();
    companyId = signUpCompany();

    // REST: warm up, then size the fixtures from the warm-up's rate, then measure.
    Sessions restSessions = new Sessions();
    ConcurrentLinkedQueue<Long> groups = new ConcurrentLinkedQueue<>();
    long t = System.nanoTime();
    prepare(restSessions, groups, clients * 40L);
    log(
        "fixtures for warm-up: %d groups, %d sessions in %.1f s",
        groups.size(), restSessions.size(), secondsSince(t));
    Result warm = rest(restSessions, groups, warmup);
    log("warm-up REST: %s", warm);
    t = System.nanoTime();
    prepare(restSessions, groups, (long) (Math.max(warm.perSecond(), 100) * seconds * 2));
    log(
        "fixtures for measuring: %d groups, %d sessions in %.1f s",
        groups.size(), restSessions.size(), secondsSince(t));
    Result rest = rest(restSessions, groups, seconds);
    log("REST: %s", rest);
    if ("false".equals(options.get("raw"))) {
      return;
    }

    // FLOOR: what the same server answers when a request does nothing but authenticate and reply.
    Result floor = floor(Math.max(5, seconds / 2));
    log("FLOOR (GET api/session, no database): %s", floor);

    // RAW: the same transaction over JDBC, on sessions copied from a REST one.
    try (Connection db = connect()) {
      Sessions rawSessions = new Sessions();
      rawSessions.copies(db, restSessions.first(), 2000);
      Result rawWarm = raw(rawSessions, 3);
      log("warm-up RAW: %s", rawWarm);
      rawSessions.copies(
          db, restSessions.first(), (int) (rawWarm.perSecond() * seconds * 2 / PER_SESSION) + hot);
      Result raw = raw(rawSessions, seconds);
      log("RAW: %s", raw);

      int overbooked = overbooked(db);
      log(
          "sessions: %d REST, %d RAW; overbooked: %d",
          restSessions.size(), rawSessions.size(), overbooked);
      // Server, database and load share the cores: a booking through REST costs at least a bare
      // request plus the bare transaction, so REST cannot beat 1 / (1/floor + 1/raw).
      double ceiling = 1 / (1 / floor.perSecond() + 1 / raw.perSecond());
      System.out.printf(
          "cpu_ms: rest_server=%.2f rest_database=%.2f rest_load=%.2f floor_server=%.2f"
              + " floor_load=%.2f raw_database=%.2f raw_load=%.2f%n",
          rest.cpuPerRequest().server(),
          rest.cpuPerRequest().database(),
          rest.cpuPerRequest().load(),
          floor.cpuPerRequest().server(),
          floor.cpuPerRequest().load(),
          raw.cpuPerRequest().database(),
          raw.cpuPerRequest().load());
      System.out.printf(
          "floor: http_per_s=%d p99_ms=%d rest_ceiling_per_s=%d ceiling_ratio=%.2f%n",
          Math.round(floor.perSecond()),
          Math.round(floor.percentileMs(99)),
          Math.round(ceiling),
          ceiling / raw.perSecond());
      System.out.printf(
          "booking: rest_per_s=%d raw_per_s=%d ratio=%.2f p50_ms=%d p99_ms=%d overbooked=%d%n",
          Math.round(rest.perSecond()),
          Math.round(raw.perSecond()),
          rest.perSecond() / raw.perSecond(),
          Math.round(rest.percentileMs(50)),
          Math.round(rest.percentileMs(99)),
          overbooked);
    }
  }

  // Measuring ---------------------------------------------------------------------------------

  record Result(
      long requests,
      double seconds,
      Map<String, Long> outcomes,
      long[] nanos,
      boolean ranOut,
      CpuTimes cpu) {

    double perSecond() {
      return requests / seconds;
    }

    CpuTimes cpuPerRequest() {
      return cpu.per(requests);
    }

    double percentileMs(int p) {
      if (nanos.length == 0) {
        return 0;
      }
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p / 100.0 * nanos.length) - 1)] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(
              "%d requests in %.1f s = %.0f/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, outcomes %s%s",
              requests,
              seconds,
              perSecond(),
              percentileMs(50),
              percentileMs(90),
              percentileMs(99),
              percentileMs(100),
              outcomes,
              ranOut ? " (ran out of fixtures before the time was up)" : "")
          + String.format(
              ", processor ms per request: server %.2f, database %.2f, load %.2f",
              cpuPerRequest().server(), cpuPerRequest().database(), cpuPerRequest().load());
    }
  }

  /**
   * Processor time in milliseconds (user and system, all threads) of Lokaal's server, the database
   * server and this load process; NaN where a process is unknown or unreadable. The server's and
   * the database's come from /proc, so only on Linux.
   */
  record CpuTimes(double server, double database, double load) {

    CpuTimes minus(CpuTimes earlier) {
      return new CpuTimes(
          server - earlier.server, database - earlier.database, load - earlier.load);
    }

    CpuTimes per(long requests) {
      return new CpuTimes(server / requests, database / requests, load / requests);
    }
  }

  CpuTimes cpuTimes() {
    return new CpuTimes(
        processMillis(options.get("serverPid")),
        processMillis(options.get("databasePid")),
        ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
            / 1e6);
  }

  /** utime + stime of /proc/PID/stat (fields 14 and 15, counted after the parenthesised name). */
  double processMillis(String pid) {
    if (pid == null || pid.isBlank()) {
      return Double.NaN;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000.0 / Integer.parseInt(options.getOrDefault("clockTicks", "100"));
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  interface Booker {
    /**
     * One booking; its outcome (CONFIRMED, WAITING, or an error), or null when the fixtures ran
     * out.
     */
    String book() throws Exception;
  }

  /**
   * {@code clients} threads book for the given time, released together; latencies of every booking.
   */
  Result drive(int seconds, java.util.function.IntFunction<Booker> bookerOfClient)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch ready = new CountDownLatch(clients);
      CountDownLatch go = new CountDownLatch(1);
      Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
      boolean[] ranOut = {false};
      long[] window = new long[2];
      List<Future<long[]>> latencies = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Booker booker = bookerOfClient.apply(c);
        latencies.add(
            threads.submit(
                () -> {
                  long[] own = new long[1024];
                  int n = 0;
                  ready.countDown();
                  go.await();
                  long deadline = window[0] + seconds * 1_000_000_000L;
                  while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    String outcome = booker.book();
                    if (outcome == null) {
                      ranOut[0] = true;
                      break;
                    }
                    long took = System.nanoTime() - start;
                    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    if (n == own.length) {
                      own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = took;
                  }
                  return Arrays.copyOf(own, n);
                }));
      }
      ready.await();
      CpuTimes before = cpuTimes();
      window[0] = System.nanoTime();
      go.countDown();
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : latencies) {
        all.add(f.get());
      }
      double elapsed = secondsSince(window[0]);
      CpuTimes used = cpuTimes().minus(before);
      long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      Map<String, Long> counted = new HashMap<>();
      outcomes.forEach((k, v) -> counted.put(k, v.sum()));
      long succeeded =
          counted.getOrDefault("CONFIRMED", 0L)
              + counted.getOrDefault("WAITING", 0L)
              + counted.getOrDefault("OK", 0L);
      return new Result(succeeded, elapsed, counted, nanos, ranOut[0], used);
    } finally {
      threads.shutdownNow();
    }
  }

  Result rest(Sessions sessions, ConcurrentLinkedQueue<Long> groups, int seconds) throws Exception {
    return drive(
        seconds,
        client ->
            () -> {
              Long group = groups.poll();
              long session = group == null ? -1 : sessions.next();
              if (session < 0) {
                return null;
              }
              HttpResponse<String> reply =
                  send(
                      "POST",
                      "api/sessions/" + session + "/bookings",
                      "{\"groupId\":" + group + ",\"pupils\":1}");
              Matcher status = STATUS.matcher(reply.body());
              return reply.statusCode() == 201 && status.find()
                  ? status.group(1)
                  : "HTTP " + reply.statusCode();
            });
  }

  /**
   * The server's own limit: the cheapest authenticated request (who am I; the session is
   * remembered, so no database), at the same concurrency. Warms up for three times as long as it
   * measures: its code path is not yet compiled after the bookings, and after 5 s of warm-up it
   * measured 1,400-2,100 requests/s where 30 s gives about 2,200.
   */
  Result floor(int seconds) throws Exception {
    Booker whoAmI =
        () -> {
          HttpResponse<String> reply = send("GET", "api/session", null);
          return reply.statusCode() == 200 ? "OK" : "HTTP " + reply.statusCode();
        };
    drive(3 * seconds, client -> whoAmI);
    return drive(seconds, client -> whoAmI);
  }

  Result raw(Sessions sessions, int seconds) throws Exception {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Connection c = connect();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connections.add(c);
    }
    AtomicLong groupTurn = new AtomicLong();
    try {
      return drive(
          seconds,
          client -> {
            Connection c = connections.get(client);
            return () -> {
              long session = sessions.next();
              if (session < 0) {
                return null;
              }
              long group = allGroups.get((int) (groupTurn.getAndIncrement() % allGroups.size()));
              return rawBooking(c, session, group);
            };
          });
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  /** The booking transaction at its barest: what Lokaal does for one booking, minus Lokaal. */
  static String rawBooking(Connection c, long session, long group) throws SQLException {
    try (PreparedStatement lock =
            c.prepareStatement("SELECT seats, max_groups FROM visit_slot WHERE id = ? FOR UPDATE");
        PreparedStatement count =
            c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(pupils), 0) FROM booking WHERE slot_id = ? AND status = 'CONFIRMED'");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO booking (slot_id, group_id, pupils, status, sequence, created_at) VALUES (?, ?, 1, ?, 0, ?)")) {
      lock.setLong(1, session);
      int seats;
      int maxGroups;
      try (ResultSet r = lock.executeQuery()) {
        r.next();
        seats = r.getInt(1);
        maxGroups = r.getInt(2);
      }
      count.setLong(1, session);
      String status;
      try (ResultSet r = count.executeQuery()) {
        r.next();
        status = r.getInt(1) < maxGroups && r.getInt(2) + 1 <= seats ? "CONFIRMED" : "WAITING";
      }
      insert.setLong(1, session);
      insert.setLong(2, group);
      insert.setString(3, status);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.executeUpdate();
      c.commit();
      return status;
    } catch (SQLException e) {
      c.rollback();
      return "SQL " + e.getSQLState();
    }
  }

  /**
   * Sessions whose confirmed pupils exceed their seats, or whose confirmed groups exceed their
   * group places.
   */
  static int overbooked(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                """
            SELECT COUNT(*) FROM visit_slot s
            JOIN (SELECT slot_id, SUM(pupils) AS pupils, COUNT(*) AS groups_confirmed FROM booking
                  WHERE status = 'CONFIRMED' GROUP BY slot_id) b ON b.slot_id = s.id
            WHERE b.pupils > s.seats OR b.groups_confirmed > s.max_groups""")) {
      r.next();
      return r.getInt(1);
    }
  }

  // Fixtures ----------------------------------------------------------------------------------

  /**
   * Sessions in turns of {@code hot} at a time: booking number k goes to session k mod hot of its
   * turn.
   */
  class Sessions {
    final List<Long> ids = new CopyOnWriteArrayList<>();
    final AtomicLong tickets = new AtomicLong();

    long next() {
      long ticket = tickets.getAndIncrement();
      long turn = ticket / ((long) hot * PER_SESSION);
      long index = turn * hot + ticket % hot;
      return index < ids.size() ? ids.get((int) index) : -1;
    }

    /** Sessions enough for this many more bookings, a whole turn at a time. */
    int needed(long bookings) {
      long total = tickets.get() + bookings;
      long turns = (total + (long) hot * PER_SESSION - 1) / ((long) hot * PER_SESSION);
      return (int) Math.max(0, turns * hot - ids.size());
    }

    int size() {
      return ids.size();
    }

    long first() {
      return ids.get(0);
    }

    void copies(Connection db, long template, int count) throws SQLException {
      db.setAutoCommit(false);
      int made = ids.size();
      try (PreparedStatement copy =
          db.prepareStatement(
              """
          INSERT INTO visit_slot (edition_id, code, company_id, venue_id, visit_day, start_time, end_time, seats, max_groups, levels,
                                  join_link, version)
          SELECT edition_id, ?, company_id, venue_id, visit_day, start_time, end_time, seats, max_groups, levels, join_link, version
          FROM visit_slot WHERE id = ?""")) {
        for (int i = 0; i < count; i++) {
          copy.setString(1, String.format("RAW%07d", made + i));
          copy.setLong(2, template);
          copy.addBatch();
        }
        copy.executeBatch();
      }
      db.commit();
      ids.clear();
      try (Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery("SELECT id FROM visit_slot WHERE code LIKE 'RAW%' ORDER BY id")) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      db.setAutoCommit(true);
    }
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

  void signIn() throws Exception {
    var reply =
        send(
            "POST",
            "api/session",
            "{\"email\":\""
                + options.get("admin")
                + "\",\"password\":\""
                + options.get("adminPassword")
                + "\"}");
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(reply.body());
    if (reply.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("sign-in failed: " + reply.statusCode() + " " + reply.body());
    }
    token = m.group(1);
  }

  long editionOfKind(String kind) throws Exception {
    return idOf(expect(200, send("GET", "api/editions", null)), "\"kind\":\"" + kind + "\"");
  }

  long signUpSchool() throws Exception {
    expect(
        202,
        send(
            "POST",
            "api/editions/" + show + "/schools",
            """
        {"schoolId":"98BN00","name":"Basisschool De Bank","kind":"PO","street":"Bankstraat 1","postcode":"7001 BH",
         "town":"Doetinchem","lat":51.965,"lon":6.29,"contactEmail":"directie@debank.example.nl"}"""));
    return idOf(
        expect(200, send("GET", "api/editions/" + show + "/schools", null)),
        "\"schoolId\":\"98BN00\"");
  }

  long signUpCompany() throws Exception {
    expect(
        202,
        send(
            "POST",
            "api/editions/" + show + "/companies",
            """
        {"name":"Bankwerkerij Belasting","sector":"metaal","street":"Fabrieksweg 9","postcode":"7001 BH",
         "town":"Doetinchem","lat":51.96,"lon":6.3,"contactEmail":"planning@belasting.example.nl"}"""));
    return idOf(
        expect(200, send("GET", "api/editions/" + show + "/companies", null)),
        "\"contactEmail\":\"planning@belasting.example.nl\"");
  }

  /**
   * A new class group; tried again on a 409, as Lokaal's random six-character group codes can
   * collide when thousands are made.
   */
  long group() throws Exception {
    long n = groupNumber.incrementAndGet();
    String json =
        """
        {"schoolId":%d,"name":"Groep 8-%d","level":"PO8","pupils":20,"teacherEmail":"leerkracht-%d@debank.example.nl",
         "days":["2027-02-08","2027-02-09","2027-02-10"],"transport":"BUS","reachKm":30,"wishes":[]}"""
            .formatted(schoolId, n, n);
    HttpResponse<String> reply = send("POST", "api/editions/" + show + "/groups", json);
    for (int retry = 0; retry < 3 && reply.statusCode() == 409; retry++) {
      reply = send("POST", "api/editions/" + show + "/groups", json);
    }
    return idOf(expect(201, reply), "");
  }

  long session() throws Exception {
    return idOf(
        expect(
            201,
            send(
                "POST",
                "api/editions/" + show + "/slots",
                """
        {"companyId":%d,"date":"2027-02-09","start":"09:00","end":"11:00","seats":%d,"maxGroups":%d,"levels":["PO7","PO8","VO1","VO2"]}"""
                    .formatted(companyId, SEATS, MAX_GROUPS))),
        "");
  }

  // HTTP and JDBC -----------------------------------------------------------------------------

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

  static String expect(int status, HttpResponse<String> reply) {
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
  static long idOf(String json, String marker) {
    for (String object : marker.isEmpty() ? List.of(json) : List.of(json.split("\\},\\{"))) {
      Matcher id =
          ID.matcher(object.startsWith("{") || object.startsWith("[") ? object : "{" + object);
      if (object.contains(marker) && id.find()) {
        return Long.parseLong(id.group(1));
      }
    }
    throw new IllegalStateException("no object with " + marker + " in " + json);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        options.get("jdbc"), options.get("user"), options.get("password"));
  }

  static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.printf(format + "%n", args);
  }
}
