import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of scripts/bench-booking, in a process of its own. Sets up a school, a company, class
 * groups and sessions of the demo show through Lokaal's REST API as the administrator ({@link
 * ShowFixture}); then {@code clients} threads book, each request a fresh group into a session, for
 * {@code seconds} after a warm-up; then the cheapest authenticated request (GET api/session,
 * answered without the database) for half as long, as the server's own limit; then the same booking
 * transaction straight over JDBC ({@link RawBookings}) on sessions of its own, as the database's
 * limit; then counts overbooked sessions. Sessions fill in turns ({@link Sessions}).
 *
 * <p>Every phase also reports the processor time it cost per request, of the server, the database
 * and this load process, when their process ids are given: where a REST booking's time goes, next
 * to a bare request's and a bare transaction's.
 *
 * <p>Usage: javac -d DIR -sourcepath scripts/bench scripts/bench/BookingLoad.java; java -cp
 * DIR:mysql-connector-j.jar BookingLoad base=http://127.0.0.1:8080/ jdbc=jdbc:mysql://... user=U
 * password=P admin=EMAIL adminPassword=P [clients=50 seconds=20 warmup=10 hot=25 raw=false (REST
 * only, for profiling) serverPid=N databasePid=N clockTicks=100]
 */
public class BookingLoad {

  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

  private final Map<String, String> options;
  private final Clients clients;
  private final int hot;
  private final ShowFixture show;

  BookingLoad(Map<String, String> options) {
    this.options = options;
    this.clients =
        new Clients(
            Integer.parseInt(options.getOrDefault("clients", "50")),
            options.get("serverPid"),
            options.get("databasePid"),
            Integer.parseInt(options.getOrDefault("clockTicks", "100")));
    this.hot = Integer.parseInt(options.getOrDefault("hot", "25"));
    this.show = new ShowFixture(options.get("base"));
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
    show.setUp(options.get("admin"), options.get("adminPassword"));

    // REST: warm up, then size the fixtures from the warm-up's rate, then measure.
    Sessions restSessions = new Sessions(hot, "RAW");
    ConcurrentLinkedQueue<Long> groups = new ConcurrentLinkedQueue<>();
    long t = System.nanoTime();
    show.prepare(restSessions, groups, clients.count * 40L);
    log(
        "fixtures for warm-up: %d groups, %d sessions in %.1f s",
        groups.size(), restSessions.size(), secondsSince(t));
    Result warm = rest(restSessions, groups, warmup);
    log("warm-up REST: %s", warm);
    t = System.nanoTime();
    show.prepare(restSessions, groups, (long) (Math.max(warm.perSecond(), 100) * seconds * 2));
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
    RawBookings jdbc =
        new RawBookings(options.get("jdbc"), options.get("user"), options.get("password"));
    try (Connection db = jdbc.connect()) {
      Sessions rawSessions = new Sessions(hot, "RAW");
      rawSessions.copies(db, restSessions.first(), 2000);
      Result rawWarm = jdbc.book(clients, rawSessions, show.allGroups, 3);
      log("warm-up RAW: %s", rawWarm);
      rawSessions.copies(
          db, restSessions.first(), rawSessions.neededFor(rawWarm.perSecond(), seconds));
      Result raw = jdbc.book(clients, rawSessions, show.allGroups, seconds);
      log("RAW: %s", raw);

      int overbooked = RawBookings.overbooked(db);
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

  /** Every client books a fresh group into the next session, over REST, for the given time. */
  private Result rest(Sessions sessions, ConcurrentLinkedQueue<Long> groups, int seconds)
      throws Exception {
    return clients.drive(
        seconds,
        client ->
            () -> {
              Long group = groups.poll();
              long session = group == null ? -1 : sessions.next();
              if (session < 0) {
                return null;
              }
              HttpResponse<String> reply =
                  show.send(
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
   * measures, as its code path is not yet compiled after the bookings.
   */
  private Result floor(int seconds) throws Exception {
    Clients.Booker whoAmI =
        () -> {
          HttpResponse<String> reply = show.send("GET", "api/session", null);
          return reply.statusCode() == 200 ? "OK" : "HTTP " + reply.statusCode();
        };
    clients.drive(3 * seconds, client -> whoAmI);
    return clients.drive(seconds, client -> whoAmI);
  }

  /**
   * Server, database and load share the cores: a booking through REST costs at least a bare request
   * plus the database work, so REST cannot beat 1 / (1/floor + 1/rate) bookings per second.
   */
  static double ceiling(Result floor, Result database) {
    return 1 / (1 / floor.perSecond() + 1 / database.perSecond());
  }

  static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.printf(format + "%n", args);
  }
}
