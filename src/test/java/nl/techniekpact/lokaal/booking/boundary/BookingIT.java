package nl.techniekpact.lokaal.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.Lokaal;
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

/**
 * Booking the show's sessions as deployed: the last seats under fifty concurrent bookings, waiting
 * lists and their promotion, what organisers do to sessions, and the mail each change sends. Every
 * test makes its own sessions and class groups in the demo show, as the administrator acting for
 * one school. Runs once on MariaDB and once on the embedded database (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class BookingIT {

  private static final int RACERS = 50;
  private static final Pattern ONLINE_LINK =
      Pattern.compile("https://live\\.7werelden\\.example\\.nl/\\S+");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  /**
   * Made once per run (each run has a fresh database): the administrator's session (signing in
   * counts against a per-address limit), and the school and company everything below uses.
   */
  private static Parties parties;

  private static Lokaal admin;

  private static long show;
  private static Party school;
  private static long schoolId;
  private static long companyId;
  private static final AtomicInteger GROUPS = new AtomicInteger();

  @ArquillianResource URL base;

  @BeforeEach
  void signInAndSignUpOnce() {
    if (admin == null) {
      parties = new Parties(new Lokaal(base), 3);
      admin = parties.as(parties.admin());
      show = parties.demoEdition("SHOW");
      school = parties.school(show, "Basisschool De Boeking", "7001 BH", "Doetinchem");
      schoolId = school.id();
      companyId = parties.company(show, "Techniekhuis Boekhorst", "7001 BH", "Doetinchem").id();
    }
  }

  @Test
  void theLastThreeSeatsGoToExactlyThreeOfFiftyConcurrentBookingsAndTheOthersWait()
      throws Exception {
    long session = session(23, 50);
    book(session, group(20), null);
    List<Long> racers = groups(RACERS, 1);

    List<Lokaal.Reply> replies =
        race(
            racers,
            group -> admin.post(bookingsOf(session), "{\"groupId\":" + group + ",\"pupils\":1}"));

    Map<String, Long> statuses =
        replies.stream()
            .peek(r -> assertEquals(201, r.status(), r.toString()))
            .collect(
                Collectors.groupingBy(r -> r.json().getString("status"), Collectors.counting()));
    assertEquals(Map.of("CONFIRMED", 3L, "WAITING", 47L), statuses);
    assertNeverOverbooked(session, 23, 47);
  }

  @Test
  void withoutWaitingTheFortySevenLateOnesOfFiftyConcurrentBookingsAreRefused() throws Exception {
    long session = session(23, 50);
    book(session, group(20), null);
    List<Long> racers = groups(RACERS, 1);

    List<Lokaal.Reply> replies =
        race(
            racers,
            group ->
                admin.post(
                    bookingsOf(session),
                    "{\"groupId\":" + group + ",\"pupils\":1,\"waitIfFull\":false}"));

    Map<Integer, Long> statuses =
        replies.stream()
            .collect(Collectors.groupingBy(Lokaal.Reply::status, Collectors.counting()));
    assertEquals(Map.of(201, 3L, 409, 47L), statuses, replies.toString());
    replies.stream()
        .filter(r -> r.status() == 201)
        .forEach(r -> assertEquals("CONFIRMED", r.json().getString("status")));
    replies.stream()
        .filter(r -> r.status() == 409)
        .forEach(r -> assertEquals("application/problem+json", r.contentType()));
    assertNeverOverbooked(session, 23, 0);
  }

  @Test
  void aBookingThatWaitedForTheSessionsLockCountsTheBookingsMadeWhileItWaited() throws Exception {
    assumeTrue(
        "MySQL".equals(System.getProperty("lokaal.it.database")),
        "holds the lock from outside Lokaal: on MariaDB only");
    long session = session(10, 5);
    List<Long> groups = List.of(group(10), group(10));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try (Connection outside = holdingTheLockOf(session)) {
      List<Future<Lokaal.Reply>> replies = new ArrayList<>();
      for (long group : groups) {
        replies.add(
            two.submit(() -> admin.post(bookingsOf(session), "{\"groupId\":" + group + "}")));
      }
      awaitWaitingForTheLock(outside, 2);
      outside.commit();

      Map<String, Long> statuses = new HashMap<>();
      for (Future<Lokaal.Reply> reply : replies) {
        statuses.merge(reply.get(60, TimeUnit.SECONDS).json().getString("status"), 1L, Long::sum);
      }
      assertEquals(
          Map.of("CONFIRMED", 1L, "WAITING", 1L),
          statuses,
          "both read the session before the first one booked");
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aBookingThatWaitedForTheSessionsLockCountsTheSeatsAddedWhileItWaited() throws Exception {
    assumeTrue(
        "MySQL".equals(System.getProperty("lokaal.it.database")),
        "holds the lock from outside Lokaal: on MariaDB only");
    long session = session(10, 5);
    book(session, group(10), null);
    long late = group(10);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try (Connection outside = holdingTheLockOf(session)) {
      Future<Lokaal.Reply> reply =
          one.submit(() -> admin.post(bookingsOf(session), "{\"groupId\":" + late + "}"));
      awaitWaitingForTheLock(outside, 1);
      outside
          .createStatement()
          .executeUpdate(
              "UPDATE visit_slot SET seats = seats + 10, version = version + 1 WHERE id = "
                  + session);
      outside.commit();

      assertEquals(
          "CONFIRMED",
          reply.get(60, TimeUnit.SECONDS).json().getString("status"),
          "it read the session full, but booked after the seats were added");
    } finally {
      one.shutdownNow();
    }
    JsonObject listed = session(session);
    assertEquals(0, listed.getInt("seatsLeft"), listed.toString());
    assertEquals(0, listed.getInt("waiting"), listed.toString());
  }

  @Test
  void cancellingPromotesTheFirstWaitingGroupThatFitsInTheSameRequestAndMailsIt() {
    long session = session(10, 5);
    JsonObject six = book(session, group(6), null);
    book(session, group(4), null);
    JsonObject eight = book(session, group(8), null);
    JsonObject five = book(session, group(5), null);
    JsonObject three = book(session, group(3), null);
    assertEquals("WAITING", eight.getString("status"));

    assertEquals(204, admin.delete("api/bookings/" + id(six)).status());

    assertEquals(
        "WAITING",
        booking(eight).getString("status"),
        "eight pupils do not fit in the six seats that came free");
    assertEquals(
        "CONFIRMED", booking(five).getString("status"), "the first waiting group that fits");
    assertEquals(
        "WAITING", booking(three).getString("status"), "one seat is left, too few for three");
    assertTrue(
        mailed(teacher(five), "Plaats vrijgekomen", id(five)), "the promoted group hears of it");
    assertTrue(mailed(teacher(six), "Geannuleerd", id(six)), "the cancelled group hears of it");
  }

  @Test
  void aGroupHoldsOnlyOneBookingOrWaitingPlacePerEdition() {
    long first = session(10, 5);
    long second = session(10, 5);
    long group = group(10);
    JsonObject booked = book(first, group, null);
    long waitingGroup = group(5);
    book(first, waitingGroup, null);

    assertProblem(admin.post(bookingsOf(second), "{\"groupId\":" + group + "}"), 409);
    assertProblem(admin.post(bookingsOf(second), "{\"groupId\":" + waitingGroup + "}"), 409);

    assertEquals(204, admin.delete("api/bookings/" + id(booked)).status());
    assertEquals(
        "CONFIRMED",
        book(second, group, null).getString("status"),
        "once cancelled, the group may book again");
  }

  @Test
  void aTeacherLeavesTheWaitingListWithoutAnyoneMovingUp() {
    long session = session(10, 5);
    book(session, group(10), null);
    JsonObject waiting = book(session, group(4), null);
    JsonObject behind = book(session, group(2), null);
    assertEquals(2, session(session).getInt("waiting"));

    assertEquals(204, admin.delete("api/bookings/" + id(waiting)).status());

    assertEquals("CANCELLED", booking(waiting).getString("status"));
    assertEquals("WAITING", booking(behind).getString("status"));
    assertEquals(1, session(session).getInt("waiting"));
    assertProblem(admin.delete("api/bookings/" + id(waiting)), 409);
  }

  @Test
  void morePupilsThanSeatsLeftAreRefusedAndFewerPupilsLetTheWaitingIn() {
    long session = session(20, 5);
    JsonObject ten = book(session, group(15), 10);
    book(session, group(8), null);
    JsonObject waiting = book(session, group(5), null);
    assertEquals("WAITING", waiting.getString("status"));

    assertProblem(admin.put("api/bookings/" + id(ten), "{\"pupils\":13}"), 409);
    assertEquals(10, booking(ten).getInt("pupils"));
    var twelve = admin.put("api/bookings/" + id(ten), "{\"pupils\":12}");
    assertEquals(200, twelve.status(), twelve.toString());
    assertEquals(0, session(session).getInt("seatsLeft"));

    var seven = admin.put("api/bookings/" + id(ten), "{\"pupils\":7}");
    assertEquals(200, seven.status(), seven.toString());
    assertEquals("CONFIRMED", booking(waiting).getString("status"), "five seats came free");
    assertEquals(0, session(session).getInt("seatsLeft"));
    assertTrue(mailed(teacher(ten), "Gewijzigd", id(ten)));
  }

  @Test
  void aBookingNeverHoldsMoreSeatsThanItsGroupHasPupils() {
    long session = session(200, 5);
    long group = group(20);
    String name = "Groep 8-" + GROUPS.get();
    String tooMany = "{\"groupId\":" + group + ",\"pupils\":21}";

    var refused = admin.withHeader("Accept-Language", "nl").post(bookingsOf(session), tooMany);
    assertProblem(refused, 400);
    assertEquals("pupils", refused.json().getString("field"), refused.toString());
    String dutch = refused.json().getString("detail");
    assertEquals(
        "Aantal leerlingen: "
            + name
            + " heeft 20 leerlingen, dus kunt u niet 21 plaatsen boeken. Boek hoogstens 20"
            + " plaatsen, of pas eerst het aantal leerlingen van de klas aan.",
        dutch);
    assertEquals(List.of(), Wording.faults(dutch, name));
    var inEnglish = admin.withHeader("Accept-Language", "en-GB").post(bookingsOf(session), tooMany);
    assertEquals(
        "Number of pupils: "
            + name
            + " has 20 pupils, so you cannot book 21 seats. Book at most 20"
            + " seats, or first change the class's number of pupils.",
        inEnglish.json().getString("detail"),
        inEnglish.toString());
    assertEquals(200, session(session).getInt("seatsLeft"), "nothing was booked");
    assertEquals(0, session(session).getInt("waiting"), "nor put on the waiting list");

    JsonObject booked = book(session, group, 18);
    var grown = admin.put("api/bookings/" + id(booked), "{\"pupils\":123}");
    assertProblem(grown, 400);
    assertEquals("pupils", grown.json().getString("field"), grown.toString());
    assertEquals(18, booking(booked).getInt("pupils"), "the booking stays as it was");
    assertEquals(182, session(session).getInt("seatsLeft"));
  }

  @Test
  void aGroupThatShrinksBelowItsBookingTakesItsBookingAlongAndTheFreedSeatsGoToTheWaiting() {
    long session = session(20, 5);
    long shrinking = group(12);
    JsonObject booked = book(session, shrinking, null);
    book(session, group(8), null);
    JsonObject waiting = book(session, group(4), null);
    assertEquals("WAITING", waiting.getString("status"));

    String name = admin.get("api/groups/" + shrinking).json().getString("name");
    var changed = admin.put("api/groups/" + shrinking, groupBody(name, 7));

    assertEquals(200, changed.status(), changed.toString());
    assertEquals(7, booking(booked).getInt("pupils"), "a booking holds no more than its group");
    assertEquals("CONFIRMED", booking(waiting).getString("status"), "five seats came free");
    assertEquals(1, session(session).getInt("seatsLeft"));
    assertTrue(mailed(teacher(booked), "Gewijzigd", id(booked)));
  }

  @Test
  void seatsAnOrganiserAddsGoToTheWaitingGroupsInTurn() {
    long session = session(10, 5);
    book(session, group(10), null);
    JsonObject four = book(session, group(4), null);
    JsonObject six = book(session, group(6), null);
    JsonObject three = book(session, group(3), null);

    var added = admin.post("api/sessions/" + session + "/seats", "{\"add\":7}");

    assertEquals(200, added.status(), added.toString());
    assertEquals(17, added.json().getInt("seats"));
    assertEquals("CONFIRMED", booking(four).getString("status"));
    assertEquals(
        "WAITING",
        booking(six).getString("status"),
        "six do not fit in the three seats left after four");
    assertEquals("CONFIRMED", booking(three).getString("status"));
    assertEquals(0, session(session).getInt("seatsLeft"));
    assertTrue(mailed(teacher(three), "Plaats vrijgekomen", id(three)));
  }

  @Test
  void anOrganiserMovesABookingToAnotherSessionWhereItFitsAndItsSeatsGoToTheWaiting() {
    long from = session(10, 5);
    long to = session(12, 5);
    long small = session(5, 5);
    JsonObject moving = book(from, group(10), null);
    JsonObject waiting = book(from, group(9), null);

    assertProblem(
        admin.post("api/bookings/" + id(moving) + "/move", "{\"slotId\":" + small + "}"), 409);
    var moved = admin.post("api/bookings/" + id(moving) + "/move", "{\"slotId\":" + to + "}");

    assertEquals(200, moved.status(), moved.toString());
    assertEquals(to, moved.json().getJsonNumber("slotId").longValue());
    assertEquals("CONFIRMED", moved.json().getString("status"));
    assertEquals(2, session(to).getInt("seatsLeft"));
    assertEquals(
        "CONFIRMED",
        booking(waiting).getString("status"),
        "the seats left behind go to the waiting group");
    assertTrue(mailed(teacher(moving), "Gewijzigd", id(moving)));
  }

  @Test
  void anOrganiserCancelsASessionWithAllItsBookingsAndEachGroupIsTold() {
    long session = session(10, 5);
    List<JsonObject> booked =
        List.of(
            book(session, group(6), null),
            book(session, group(4), null),
            book(session, group(3), null));
    assertEquals("WAITING", booked.get(2).getString("status"));

    var cancelled = admin.post("api/sessions/" + session + "/cancel", "");

    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals(3, cancelled.json().getInt("bookings"));
    for (JsonObject b : booked) {
      assertEquals("CANCELLED", booking(b).getString("status"));
      assertTrue(
          mailed(teacher(b), "Geannuleerd", id(b)),
          "cancellation mail for " + b.getString("group"));
    }
    assertEquals(10, session(session).getInt("seatsLeft"));
    assertEquals(0, session(session).getInt("waiting"));
  }

  @Test
  void anEditionWhoseVisitsAreAllocatedRefusesBookings() {
    long weekOfVisits = parties.demoEdition("COMPANY_VISITS");
    long slot =
        admin
            .get("api/editions/" + weekOfVisits + "/slots")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long group =
        admin
            .get("api/editions/" + weekOfVisits + "/groups")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    var refused = admin.post(bookingsOf(slot), "{\"groupId\":" + group + "}");

    assertProblem(refused, 409);
    String detail = refused.json().getString("detail");
    assertTrue(detail.contains("delen de klassen in"), refused.toString());
    assertEquals(List.of(), Wording.faults(detail));
  }

  @Test
  void theJoinLinkOfAnOnlineSessionIsInABookingOnlyOnceConfirmedAndNeverInTheSessionList() {
    JsonObject online =
        sessions().stream().filter(s -> s.getBoolean("online")).findFirst().orElseThrow();
    long session = online.getJsonNumber("id").longValue();
    assertNoJoinLinkInTheSessionList();

    List<JsonObject> confirmed = new ArrayList<>();
    for (int i = online.getInt("groupsLeft"); i > 0; i--) {
      confirmed.add(book(session, group(10), 1));
    }
    JsonObject waiting = book(session, group(10), 1);

    confirmed.forEach(
        b -> assertTrue(ONLINE_LINK.matcher(b.getString("joinLink", "")).matches(), b.toString()));
    assertEquals("WAITING", waiting.getString("status"), "every group place is taken");
    assertNull(joinLink(waiting), waiting.toString());
    assertNull(joinLink(booking(waiting)));
    assertNoJoinLinkInTheSessionList();

    assertEquals(204, admin.delete("api/bookings/" + id(confirmed.get(0))).status());
    JsonObject promoted = booking(waiting);
    assertEquals("CONFIRMED", promoted.getString("status"));
    assertEquals(confirmed.get(1).getString("joinLink"), joinLink(promoted));
    assertNoJoinLinkInTheSessionList();
  }

  @Test
  void aSchoolWithdrawsAGroupWhoseBookingItCancelled() {
    long session = session(10, 5);
    long group = group(6);
    Lokaal school = asTheSchool();
    assertEquals(204, school.delete("api/bookings/" + id(book(session, group, null))).status());
    anonymousRefusals("api/groups/" + group);

    var withdrawn = school.delete("api/groups/" + group);

    assertEquals(204, withdrawn.status(), withdrawn.toString());
    assertProblem(admin.get("api/groups/" + group), 404);
    assertTrue(
        admin.get("api/editions/" + show + "/audit").text().contains("group.withdrawn"),
        "the audit log keeps the withdrawal");
  }

  @Test
  void withdrawingABookedGroupCancelsItsBookingAndItsSeatsGoToTheWaiting() {
    long session = session(10, 1);
    long group = group(6);
    JsonObject booked = book(session, group, null);
    String teacher = teacher(booked);
    JsonObject waiting = book(session, group(5), null);
    assertEquals("WAITING", waiting.getString("status"));

    assertEquals(204, asTheSchool().delete("api/groups/" + group).status());

    assertProblem(admin.get("api/bookings/" + id(booked)), 404);
    assertEquals("CONFIRMED", booking(waiting).getString("status"));
    assertTrue(mailed(teacher, "Geannuleerd", id(booked)), "the withdrawn group hears of it");
    assertTrue(mailed(teacher(waiting), "Plaats vrijgekomen", id(waiting)));
  }

  @Test
  void aSessionIsWithdrawnOnceItsBookingsAreCancelledAndNotBefore() {
    long session = session(10, 5);
    JsonObject booked = book(session, group(6), null);

    assertProblem(admin.delete("api/slots/" + session), 409);
    assertEquals(204, admin.delete("api/bookings/" + id(booked)).status());
    assertEquals(204, admin.delete("api/slots/" + session).status());

    assertProblem(admin.get("api/slots/" + session), 404);
  }

  @Test
  void aGroupChangedByTwoAtOnceIsAConflictForTheOneThatCommitsLast() throws Exception {
    assumeTrue(
        "MySQL".equals(System.getProperty("lokaal.it.database")),
        "changes the row from outside Lokaal: on MariaDB only");
    long group = group(6);
    anonymousRefusals("api/groups/" + group);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try (Connection outside = connection()) {
      outside
          .createStatement()
          .executeUpdate("UPDATE class_group SET version = version + 1 WHERE id = " + group);
      Future<Lokaal.Reply> change =
          one.submit(() -> admin.put("api/groups/" + group, groupJson(6, "Groep 8 gewijzigd")));
      awaitWaiting(outside, "UPDATE class_group%");
      outside.commit();

      assertProblem(change.get(60, TimeUnit.SECONDS), 409);
    } finally {
      one.shutdownNow();
    }
  }

  // The race ---------------------------------------------------------------------------------

  /**
   * One thread per group, all released at once by a start gate; the replies in the groups' order.
   */
  private static List<Lokaal.Reply> race(List<Long> groups, Function<Long, Lokaal.Reply> booking)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(groups.size());
    try {
      CountDownLatch ready = new CountDownLatch(groups.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Lokaal.Reply>> replies = new ArrayList<>();
      for (long group : groups) {
        replies.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return booking.apply(group);
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "all threads at the start");
      go.countDown();
      List<Lokaal.Reply> answers = new ArrayList<>();
      for (Future<Lokaal.Reply> reply : replies) {
        answers.add(reply.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  /** A connection from outside Lokaal that holds the session's row lock until it commits. */
  private static Connection holdingTheLockOf(long session) throws SQLException {
    Connection outside = connection();
    outside
        .createStatement()
        .executeQuery("SELECT id FROM visit_slot WHERE id = " + session + " FOR UPDATE")
        .close();
    return outside;
  }

  /** A connection from outside Lokaal, in a transaction of its own. */
  private static Connection connection() throws SQLException {
    Connection outside =
        DriverManager.getConnection(
            System.getenv("LOKAAL_DB_URL"),
            System.getenv("LOKAAL_DB_USER"),
            System.getenv("LOKAAL_DB_PASSWORD"));
    outside.setAutoCommit(false);
    return outside;
  }

  /**
   * Until one of Lokaal's statements like this one waits (MariaDB shows a user its own
   * connections).
   */
  private static void awaitWaiting(Connection db, String statement) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (var query =
          db.prepareStatement(
              "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ? AND ID <> CONNECTION_ID()")) {
        query.setString(1, statement);
        try (var result = query.executeQuery()) {
          result.next();
          if (result.getInt(1) > 0) {
            return;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no statement like " + statement + " waited within 30 s");
  }

  /**
   * Until this many of Lokaal's statements wait for a row lock (MariaDB shows a user its own
   * connections).
   */
  private static void awaitWaitingForTheLock(Connection db, int statements) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (var query =
          db.createStatement()
              .executeQuery(
                  "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%FROM visit_slot%FOR UPDATE%' AND ID <> CONNECTION_ID()")) {
        query.next();
        if (query.getInt(1) >= statements) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(statements + " bookings did not reach the session's lock within 30 s");
  }

  /** The session's seats are all taken, by confirmed pupils that add up to exactly its seats. */
  private void assertNeverOverbooked(long session, int seats, int waiting) {
    JsonObject listed = session(session);
    assertEquals(0, listed.getInt("seatsLeft"), listed.toString());
    assertEquals(waiting, listed.getInt("waiting"), listed.toString());
    List<JsonObject> confirmed =
        admin
            .get("api/editions/" + show + "/bookings")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                b ->
                    b.getJsonNumber("slotId").longValue() == session
                        && "CONFIRMED".equals(b.getString("status")))
            .toList();
    assertEquals(
        seats,
        confirmed.stream().mapToInt(b -> b.getInt("pupils")).sum(),
        "confirmed pupils: " + confirmed);
    assertEquals(4, confirmed.size(), "the group booked first and three of the fifty");
  }

  // Fixtures, made through the API as the administrator -------------------------------------

  /** A new session of the show at the company, for groep 7 to klas 2. */
  private long session(int seats, int maxGroups) {
    var created =
        admin.post(
            "api/editions/" + show + "/slots",
            """
        {"companyId":%d,"date":"2027-02-09","start":"09:00","end":"11:00","seats":%d,"maxGroups":%d,"levels":["PO7","PO8","VO1","VO2"]}"""
                .formatted(companyId, seats, maxGroups));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  /** A new groep 8 of the school, with its own teacher, so that every mail can be told apart. */
  private long group(int pupils) {
    int n = GROUPS.incrementAndGet();
    var created =
        admin.post(
            "api/editions/" + show + "/groups",
            "{\"schoolId\":" + schoolId + "," + groupBody("Groep 8-" + n, pupils).substring(1));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  /** A groep 8 as its school describes it; the teacher's address follows from the name. */
  private static String groupBody(String name, int pupils) {
    return """
        {"name":"%s","level":"PO8","pupils":%d,"teacherEmail":"leerkracht-%s@deboeking.example.nl",
         "days":["2027-02-08","2027-02-09","2027-02-10"],"transport":"BUS","reachKm":30,"wishes":[]}"""
        .formatted(name, pupils, name.substring(name.lastIndexOf('-') + 1));
  }

  /** A groep 8 of the school, its teacher named after the group. */
  private static String groupJson(int pupils, String name) {
    return """
        {"schoolId":%d,"name":"%s","level":"PO8","pupils":%d,"teacherEmail":"leerkracht-%s@deboeking.example.nl",
         "days":["2027-02-08","2027-02-09","2027-02-10"],"transport":"BUS","reachKm":30,"wishes":[]}"""
        .formatted(schoolId, name, pupils, name.replaceAll("[^A-Za-z0-9]", ""));
  }

  /** The school itself, signed in by the link it asks for, as a teacher does. */
  private Lokaal asTheSchool() {
    return admin.withToken(parties.newSession(school));
  }

  /**
   * Anonymous attempts to withdraw, each refused with a 401: Jersey's own handling of a failed
   * commit once answered with such an earlier refusal, of any request.
   */
  private void anonymousRefusals(String path) {
    for (int i = 0; i < 8; i++) {
      assertProblem(new Lokaal(base).delete(path), 401);
    }
  }

  private List<Long> groups(int count, int pupils) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(group(pupils));
    }
    return ids;
  }

  // Talking to Lokaal -------------------------------------------------------------------------

  private static String bookingsOf(long session) {
    return "api/sessions/" + session + "/bookings";
  }

  private JsonObject book(long session, long group, Integer pupils) {
    var booked =
        admin.post(
            bookingsOf(session),
            "{\"groupId\":" + group + (pupils == null ? "" : ",\"pupils\":" + pupils) + "}");
    assertEquals(201, booked.status(), booked.toString());
    return booked.json();
  }

  private JsonObject booking(JsonObject booking) {
    var current = admin.get("api/bookings/" + id(booking));
    assertEquals(200, current.status(), current.toString());
    return current.json();
  }

  private List<JsonObject> sessions() {
    return new Lokaal(base)
        .get("api/editions/" + show + "/sessions")
        .array()
        .getValuesAs(JsonObject.class);
  }

  private JsonObject session(long id) {
    return sessions().stream()
        .filter(s -> s.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private void assertNoJoinLinkInTheSessionList() {
    String anonymous = new Lokaal(base).get("api/editions/" + show + "/sessions").text();
    String signedIn = admin.get("api/editions/" + show + "/sessions").text();
    assertFalse(anonymous.contains("live.7werelden") || anonymous.contains("joinLink"), anonymous);
    assertFalse(signedIn.contains("live.7werelden") || signedIn.contains("joinLink"), signedIn);
  }

  /** Whether the outbox holds mail about this booking for this teacher, with this subject. */
  private boolean mailed(String recipient, String subject, long booking) {
    Pattern link = Pattern.compile("/school\\.html\\?editie=\\d+&boeking=" + booking + "\\b");
    return admin.get("api/outbox?max=1000").array().getValuesAs(JsonObject.class).stream()
        .anyMatch(
            m ->
                m.getString("recipient").equals(recipient)
                    && m.getString("subject").startsWith(subject)
                    && link.matcher(m.getString("text")).find());
  }

  private String teacher(JsonObject booking) {
    long group = booking.getJsonNumber("groupId").longValue();
    return admin
        .get("api/editions/" + show + "/groups")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(g -> g.getJsonNumber("id").longValue() == group)
        .findFirst()
        .orElseThrow()
        .getString("teacherEmail");
  }

  private static String joinLink(JsonObject booking) {
    return booking.containsKey("joinLink") && !booking.isNull("joinLink")
        ? booking.getString("joinLink")
        : null;
  }

  private static long id(JsonObject booking) {
    return booking.getJsonNumber("id").longValue();
  }

  private static void assertProblem(Lokaal.Reply reply, int status) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType(), reply.toString());
  }
}
