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
 * warmup=10 hot=25 raw=false (REST only, for profiling) ceilings=true serverPid=N databasePid=N
 * clockTicks=100]
 *
 * <p>With {@code ceilings=true} it also measures, after the raw transaction, two limits that no
 * server code can pass: the statements Lokaal sends for one booking, sent straight over JDBC, and
 * the same work in one CALL of a stored procedure made for the run (see {@link #ceilings}).
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
      if ("true".equals(options.get("ceilings"))) {
        ceilings(db, restSessions.first(), floor, raw, seconds);
      }

      int overbooked = overbooked(db);
      log(
          "sessions: %d REST, %d RAW; overbooked: %d",
          restSessions.size(), rawSessions.size(), overbooked);
      double ceiling = ceiling(floor, raw);
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
    return overJdbc(
        sessions,
        seconds,
        c -> {
          c.setAutoCommit(false);
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        },
        BookingLoad::rawBooking);
  }

  interface JdbcBooking {
    String book(Connection c, long session, long group) throws SQLException;
  }

  interface ConnectionSetup {
    void apply(Connection c) throws SQLException;
  }

  /**
   * Books straight over JDBC, a connection per client set up once, each booking a group of the REST
   * fixtures in turn.
   */
  Result overJdbc(Sessions sessions, int seconds, ConnectionSetup setup, JdbcBooking booking)
      throws Exception {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Connection c = connect();
      setup.apply(c);
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
              try {
                return booking.book(c, session, group);
              } catch (SQLException e) {
                return "SQL " + e.getSQLState();
              }
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

  // Ceilings ----------------------------------------------------------------------------------

  /**
   * Server, database and load share the cores: a booking through REST costs at least a bare request
   * plus the database work, so REST cannot beat 1 / (1/floor + 1/rate) bookings per second.
   */
  static double ceiling(Result floor, Result database) {
    return 1 / (1 / floor.perSecond() + 1 / database.perSecond());
  }

  /**
   * What REST could reach if Lokaal's server cost no more than the floor's bare request, for two
   * ways of talking to the database, each measured at the same concurrency on sessions of its own:
   *
   * <ul>
   *   <li><b>statements</b>: the fourteen statements Lokaal sends for one booking, as MariaDB's
   *       general log shows them (two reads for the access checks, the container's autocommit
   *       switches, the two locks, the check for another booking of the group, the count, the
   *       booking, the audit entry, three outbox mails, the commit), straight over JDBC;
   *   <li><b>one call</b>: the same locks, checks and writes, and the two reads (of a few columns
   *       only), in one CALL of a stored procedure made for the run and dropped with the database.
   * </ul>
   *
   * Prints {@code ceilings: statements_per_s=N one_call_per_s=N statements_ratio=R
   * one_call_ratio=R}, the ratios being 1 / (1/floor + 1/rate) against the raw transaction, like
   * the floor's own ceiling. Copies of Lokaal's SQL: they fail loudly ("SQL ..." outcomes) when the
   * schema changes.
   */
  void ceilings(Connection db, long template, Result floor, Result raw, int seconds)
      throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("DROP PROCEDURE IF EXISTS bench_book");
      s.execute(BOOK_IN_ONE_CALL);
    }
    int sessionsNeeded = (int) (raw.perSecond() * seconds * 2 / PER_SESSION) + hot;
    Sessions statementSessions = new Sessions("STM");
    statementSessions.copies(db, template, sessionsNeeded);
    Result statements =
        overJdbc(statementSessions, seconds, c -> {}, BookingLoad::lokaalStatements);
    log("STATEMENTS (Lokaal's SQL over JDBC): %s", statements);
    Sessions callSessions = new Sessions("CAL");
    callSessions.copies(db, template, sessionsNeeded);
    Result oneCall = overJdbc(callSessions, seconds, c -> {}, BookingLoad::inOneCall);
    log("ONE CALL (the same in a stored procedure): %s", oneCall);
    System.out.printf(
        "ceilings: statements_per_s=%d one_call_per_s=%d statements_ratio=%.2f one_call_ratio=%.2f%n",
        Math.round(statements.perSecond()),
        Math.round(oneCall.perSecond()),
        ceiling(floor, statements) / raw.perSecond(),
        ceiling(floor, oneCall) / raw.perSecond());
  }

  static final String SLOT_TO_BOOK =
      "SELECT t1.ID, t1.code, t1.visit_day, t1.join_link, t1.levels, t1.max_groups, t1.seats, t1.version, t1.end_time,"
          + " t1.start_time, t1.edition_id, t1.company_id, t1.venue_id, t0.ID, t0.allowed_levels, t0.kind, t0.mailbox,"
          + " t0.name, t0.status, t0.version, t0.visits_per_group, t0.first_day, t0.last_day, t0.registration_opens,"
          + " t0.registration_closes, t0.region_id, t2.ID, t2.code, t2.name, t3.ID, t3.code, t3.name, t3.sector, t3.version,"
          + " t3.postcode, t3.street, t3.town, t3.contact_email, t3.contact_language, t3.contact_name, t3.contact_phone,"
          + " t3.lat, t3.lon, t3.region_id FROM visit_slot t1 LEFT OUTER JOIN company t3 ON (t3.ID = t1.company_id),"
          + " region t2, edition t0 WHERE ((t1.ID = ?) AND ((t0.ID = t1.edition_id) AND (t2.ID = t0.region_id)))";
  static final String GROUP_TO_BOOK =
      "SELECT t1.ID, t1.code, t1.days, t1.level, t1.name, t1.pupils, t1.reach_km, t1.transport, t1.version,"
          + " t1.teacher_email, t1.teacher_language, t1.teacher_name, t1.teacher_phone, t1.edition_id, t1.school_id,"
          + " t0.ID, t0.kind, t0.name, t0.version, t0.postcode, t0.street, t0.town, t0.code, t0.contact_email,"
          + " t0.contact_language, t0.contact_name, t0.contact_phone, t0.lat, t0.lon, t0.region_id"
          + " FROM school t0, class_group t1 WHERE ((t1.ID = ?) AND (t0.ID = t1.school_id))";
  static final String OUTBOX_MAIL =
      "INSERT INTO outbox_message (attempts, calendar, calendar_method, calendar_snapshot, created_at, html_body,"
          + " language, last_error, next_attempt_at, recipient, region_id, sent_at, status, subject, template,"
          + " text_body, variables) VALUES (0, null, 'REQUEST', ?, ?, null, 'nl', null, ?, ?, 2, null, 'PENDING',"
          + " null, 'booking', null, ?)";
  static final List<String> RECIPIENTS =
      List.of(
          "planning@belasting.example.nl",
          "directie@debank.example.nl",
          "leerkracht-1@debank.example.nl");
  static final String AUDIT_DETAILS = "Basisschool De Bank Groep 8-1 1 in SA73HP7";

  /** A mail's calendar snapshot as Lokaal writes it, for booking {id}. */
  static final String CALENDAR_SNAPSHOT =
      """
      {"organiser":"activiteiten@techniekpact-achterhoek.example.nl","stamp":"2026-12-06T01:52:17.477277502Z",\
      "events":[{"uid":"booking-{id}@localhost","sequence":0,"start":"2027-02-09T09:00+01:00[Europe/Amsterdam]",\
      "end":"2027-02-09T11:00+01:00[Europe/Amsterdam]","summary":"7 werelden van techniek 2027: Groep 8-1 – Bankwerkerij Belasting",\
      "attendees":[{"email":"leerkracht-1@debank.example.nl"},{"email":"directie@debank.example.nl"},\
      {"email":"planning@belasting.example.nl"}],"cancelled":false,"location":"Bankwerkerij Belasting, Fabrieksweg 9, 7001 BH Doetinchem",\
      "description":"Groep 8-1 (Basisschool De Bank), 1 leerlingen, leerkracht leerkracht-1@debank.example.nl\\\\nLokaal: \
      http://localhost:8080/api/bookings/{id}","url":"http://localhost:8080/api/bookings/{id}","geo":[51.96,6.3]}]}""";

  /** A mail's template variables as Lokaal writes them, for booking {id}. */
  static final String MAIL_VARIABLES =
      """
      {"date":{"@date":"2027-02-09"},"pupils":1,"address":"Fabrieksweg 9, 7001 BH Doetinchem","kind":"confirmed",\
      "start":{"@time":"09:00"},"link":"http://localhost:8080/api/bookings/{id}","edition":"7 werelden van techniek 2027",\
      "joinLink":null,"school":"Basisschool De Bank","contact":"activiteiten@techniekpact-achterhoek.example.nl",\
      "name":"Basisschool De Bank","routeLink":"https://www.openstreetmap.org/search?query=Fabrieksweg+9%2C+7001+BH+Doetinchem",\
      "end":{"@time":"11:00"},"place":"Bankwerkerij Belasting","region":"Techniekpact Achterhoek","group":"Groep 8-1"}""";

  /** Lokaal's fourteen statements for one booking, one round trip each. */
  static String lokaalStatements(Connection c, long session, long group) throws SQLException {
    int seats = 0;
    int maxGroups = 0;
    try (PreparedStatement read = c.prepareStatement(SLOT_TO_BOOK)) {
      read.setLong(1, session);
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          maxGroups = r.getInt(6);
          seats = r.getInt(7);
        }
      }
    }
    try (PreparedStatement read = c.prepareStatement(GROUP_TO_BOOK)) {
      read.setLong(1, group);
      read.executeQuery().close();
    }
    c.setAutoCommit(false);
    try {
      query(c, "SELECT ID FROM class_group WHERE (ID = ?) FOR UPDATE", group);
      query(c, "SELECT version FROM visit_slot WHERE (ID = ?) FOR UPDATE", session);
      query(
          c,
          "SELECT ID, created_at, pupils, sequence, status, group_id, slot_id FROM booking"
              + " WHERE ((group_id = ?) AND (status <> 'CANCELLED'))",
          group);
      String status;
      try (PreparedStatement count =
          c.prepareStatement(
              "SELECT COUNT(ID), COALESCE(SUM(pupils), 0) FROM booking"
                  + " WHERE ((slot_id = ?) AND (status = 'CONFIRMED'))")) {
        count.setLong(1, session);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          status = r.getInt(1) < maxGroups && r.getInt(2) + 1 <= seats ? "CONFIRMED" : "WAITING";
        }
      }
      Timestamp now = Timestamp.from(Instant.now());
      long id;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO booking (created_at, pupils, sequence, status, group_id, slot_id)"
                  + " VALUES (?, 1, 0, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setTimestamp(1, now);
        insert.setString(2, status);
        insert.setLong(3, group);
        insert.setLong(4, session);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
          key.next();
          id = key.getLong(1);
        }
      }
      try (PreparedStatement audit =
          c.prepareStatement(
              "INSERT INTO audit_entry (action, actor, happened_at, details, edition_id, subject)"
                  + " VALUES ('booking.confirmed', 'admin:1', ?, ?, 3, ?)")) {
        audit.setTimestamp(1, now);
        audit.setString(2, AUDIT_DETAILS);
        audit.setString(3, "booking " + id);
        audit.executeUpdate();
      }
      for (String recipient : RECIPIENTS) {
        try (PreparedStatement mail = c.prepareStatement(OUTBOX_MAIL)) {
          mail.setString(1, CALENDAR_SNAPSHOT.replace("{id}", String.valueOf(id)));
          mail.setTimestamp(2, now);
          mail.setTimestamp(3, now);
          mail.setString(4, recipient);
          mail.setString(5, MAIL_VARIABLES.replace("{id}", String.valueOf(id)));
          mail.executeUpdate();
        }
      }
      c.commit();
      return status;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static void query(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql)) {
      query.setLong(1, id);
      query.executeQuery().close();
    }
  }

  /** The same work in one round trip: {@link #BOOK_IN_ONE_CALL}. */
  static String inOneCall(Connection c, long session, long group) throws SQLException {
    try (PreparedStatement call = c.prepareStatement("CALL bench_book(?, ?, ?, ?, ?)")) {
      call.setLong(1, session);
      call.setLong(2, group);
      call.setString(3, AUDIT_DETAILS);
      call.setString(4, CALENDAR_SNAPSHOT);
      call.setString(5, MAIL_VARIABLES);
      try (ResultSet r = call.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  static final String BOOK_IN_ONE_CALL =
      """
      CREATE PROCEDURE bench_book(IN p_slot BIGINT, IN p_group BIGINT, IN p_details VARCHAR(1000),
                                  IN p_snapshot TEXT, IN p_variables TEXT)
      BEGIN
        DECLARE v_seats, v_max_groups, v_groups, v_pupils, v_others INT;
        DECLARE v_locked, v_id BIGINT;
        DECLARE v_code, v_status VARCHAR(40);
        DECLARE v_edition, v_street, v_group, v_school, v_teacher VARCHAR(254);
        SELECT t1.code, t0.name, t3.street INTO v_code, v_edition, v_street
          FROM visit_slot t1 LEFT OUTER JOIN company t3 ON (t3.ID = t1.company_id), region t2, edition t0
          WHERE t1.ID = p_slot AND t0.ID = t1.edition_id AND t2.ID = t0.region_id;
        SELECT t1.name, t0.name, t1.teacher_email INTO v_group, v_school, v_teacher
          FROM school t0, class_group t1 WHERE t1.ID = p_group AND t0.ID = t1.school_id;
        START TRANSACTION;
        SELECT ID INTO v_locked FROM class_group WHERE ID = p_group FOR UPDATE;
        SELECT seats, max_groups INTO v_seats, v_max_groups FROM visit_slot WHERE ID = p_slot FOR UPDATE;
        SELECT COUNT(*) INTO v_others FROM booking WHERE group_id = p_group AND status <> 'CANCELLED';
        SELECT COUNT(ID), COALESCE(SUM(pupils), 0) INTO v_groups, v_pupils
          FROM booking WHERE slot_id = p_slot AND status = 'CONFIRMED';
        SET v_status = IF(v_groups < v_max_groups AND v_pupils + 1 <= v_seats, 'CONFIRMED', 'WAITING');
        INSERT INTO booking (created_at, pupils, sequence, status, group_id, slot_id)
          VALUES (NOW(), 1, 0, v_status, p_group, p_slot);
        SET v_id = LAST_INSERT_ID();
        INSERT INTO audit_entry (action, actor, happened_at, details, edition_id, subject)
          VALUES ('booking.confirmed', 'admin:1', NOW(), p_details, 3, CONCAT('booking ', v_id));
        INSERT INTO outbox_message (attempts, calendar_method, calendar_snapshot, created_at, language,
                                    next_attempt_at, recipient, region_id, status, template, variables)
          VALUES (0, 'REQUEST', REPLACE(p_snapshot, '{id}', v_id), NOW(), 'nl', NOW(),
                  'planning@belasting.example.nl', 2, 'PENDING', 'booking', REPLACE(p_variables, '{id}', v_id)),
                 (0, 'REQUEST', REPLACE(p_snapshot, '{id}', v_id), NOW(), 'nl', NOW(),
                  'directie@debank.example.nl', 2, 'PENDING', 'booking', REPLACE(p_variables, '{id}', v_id)),
                 (0, 'REQUEST', REPLACE(p_snapshot, '{id}', v_id), NOW(), 'nl', NOW(),
                  v_teacher, 2, 'PENDING', 'booking', REPLACE(p_variables, '{id}', v_id));
        COMMIT;
        SELECT v_status;
      END""";

  // Fixtures ----------------------------------------------------------------------------------

  /**
   * Sessions in turns of {@code hot} at a time: booking number k goes to session k mod hot of its
   * turn.
   */
  class Sessions {
    final List<Long> ids = new CopyOnWriteArrayList<>();
    final AtomicLong tickets = new AtomicLong();

    /** The start of the codes of the sessions {@link #copies} makes. */
    final String prefix;

    Sessions() {
      this("RAW");
    }

    Sessions(String prefix) {
      this.prefix = prefix;
    }

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
          copy.setString(1, String.format("%s%07d", prefix, made + i));
          copy.setLong(2, template);
          copy.addBatch();
        }
        copy.executeBatch();
      }
      db.commit();
      ids.clear();
      try (Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT id FROM visit_slot WHERE code LIKE '" + prefix + "%' ORDER BY id")) {
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
