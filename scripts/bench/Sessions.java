import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions in turns of {@code hot} at a time: booking number k goes to session k mod hot of its
 * turn, {@link #PER_SESSION} bookings each, so that every session ends with five groups waiting.
 */
final class Sessions {

  static final int SEATS = 50;
  static final int MAX_GROUPS = 50;
  static final int PER_SESSION = 55;

  final List<Long> ids = new CopyOnWriteArrayList<>();
  private final AtomicLong tickets = new AtomicLong();
  private final int hot;

  /** The start of the codes of the sessions {@link #copies} makes. */
  private final String prefix;

  Sessions(int hot, String prefix) {
    this.hot = hot;
    this.prefix = prefix;
  }

  /** The session of the next booking, or -1 when there are no more. */
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

  /** Sessions enough for this many bookings per second for so many seconds, and one turn more. */
  int neededFor(double perSecond, int seconds) {
    return (int) (perSecond * seconds * 2 / PER_SESSION) + hot;
  }

  int size() {
    return ids.size();
  }

  long first() {
    return ids.get(0);
  }

  /** Copies of the template session straight in the database, with codes of this prefix. */
  void copies(Connection db, long template, int count) throws SQLException {
    db.setAutoCommit(false);
    int made = ids.size();
    try (PreparedStatement copy =
        db.prepareStatement(
            """
            INSERT INTO visit_slot (edition_id, code, company_id, venue_id, visit_day, start_time, end_time, seats, max_groups, levels,
                                    join_link, version)
            SELECT edition_id, ?, company_id, venue_id, visit_day, start_time, end_time, seats, max_groups, levels, join_link, version
            FROM visit_slot WHERE id = ?\
            """)) {
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
