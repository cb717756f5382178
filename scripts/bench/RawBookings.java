import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit: the booking transaction at its barest (lock the session row, count its
 * confirmed bookings, insert, commit) straight over JDBC, and the count of overbooked sessions.
 */
final class RawBookings {

  private final String url;
  private final String user;
  private final String password;

  RawBookings(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * Books for the given time, a connection per client, each booking a group of the REST fixtures in
   * turn.
   */
  Result book(Clients clients, Sessions sessions, List<Long> groups, int seconds) throws Exception {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < clients.count; i++) {
      Connection c = connect();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connections.add(c);
    }
    AtomicLong groupTurn = new AtomicLong();
    try {
      return clients.drive(
          seconds,
          client -> {
            Connection c = connections.get(client);
            return () -> {
              long session = sessions.next();
              if (session < 0) {
                return null;
              }
              long group = groups.get((int) (groupTurn.getAndIncrement() % groups.size()));
              try {
                return booking(c, session, group);
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

  /** What Lokaal does for one booking, minus Lokaal. */
  static String booking(Connection c, long session, long group) throws SQLException {
    try (PreparedStatement lock =
            c.prepareStatement("SELECT seats, max_groups FROM visit_slot WHERE id = ? FOR UPDATE");
        PreparedStatement count =
            c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(pupils), 0) FROM booking WHERE slot_id = ? AND"
                    + " status = 'CONFIRMED'");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO booking (slot_id, group_id, pupils, status, sequence, created_at)"
                    + " VALUES (?, ?, 1, ?, 0, ?)")) {
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
                WHERE b.pupils > s.seats OR b.groups_confirmed > s.max_groups\
                """)) {
      r.next();
      return r.getInt(1);
    }
  }
}
