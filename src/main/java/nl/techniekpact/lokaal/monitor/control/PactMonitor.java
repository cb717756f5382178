package nl.techniekpact.lokaal.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.entity.Activity;
import nl.techniekpact.lokaal.monitor.entity.Listing;
import nl.techniekpact.lokaal.monitor.entity.PactYear;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.monitor.entity.Turnout;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * Reads a region's register and activities and counts school years with {@link PactYear}. A region
 * of null means every region. Reads rows, not entities: a national year is tens of thousands of
 * activities. Joins the caller's transaction.
 */
@ApplicationScoped
public class PactMonitor {

  /** Days are the region's: the visit's day and "today" are Dutch days. */
  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** Confirmed bookings with their school, turnout and pupils; ?4 selects host and ratings. */
  private static final String BOOKED =
      "SELECT sc.code, e.kind, s.visit_day, a.came, COALESCE(a.pupils, b.pupils), g.level,"
          + " %s"
          + " FROM booking b"
          + " JOIN visit_slot s ON s.id = b.slot_id"
          + " JOIN edition e ON e.id = s.edition_id"
          + " JOIN class_group g ON g.id = b.group_id"
          + " JOIN school sc ON sc.id = g.school_id"
          + " LEFT JOIN attendance a ON a.booking_id = b.id"
          + " %s"
          + " WHERE b.status = 'CONFIRMED' AND s.visit_day BETWEEN ?1 AND ?2";

  private static final String HOSTS_AND_RATINGS =
      " LEFT JOIN company c ON c.id = s.company_id"
          + " LEFT JOIN (SELECT booking_id, SUM(rating) AS rating_sum, COUNT(rating) AS ratings"
          + " FROM feedback WHERE rating IS NOT NULL GROUP BY booking_id) f ON f.booking_id = b.id";

  private static final String EXTERNAL =
      "SELECT r.code, k.name, x.held_on, p.groups_count, p.pupils, p.level"
          + " FROM external_participation p"
          + " JOIN external_activity x ON x.id = p.activity_id"
          + " JOIN activity_kind k ON k.id = x.kind_id"
          + " JOIN register_school r ON r.id = p.school_id"
          + " WHERE x.held_on BETWEEN ?1 AND ?2";

  private static final String REGISTER =
      "SELECT r.code, r.name, r.kind, r.town, r.municipality, r.closed_on,"
          + " s.contact_name, s.contact_email, s.contact_phone"
          + " FROM register_school r"
          + " LEFT JOIN school s ON s.code = r.code AND s.region_id = r.region_id";

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /** The school year of today, in Dutch time. */
  public SchoolYear currentYear() {
    return SchoolYear.of(today());
  }

  /** One school year of the region (null: of every region), in full. */
  public PactYear year(Region region, SchoolYear year) {
    return PactYear.count(
        year, register(region), activities(region, year.firstDay(), year.lastDay(), today(), true));
  }

  /**
   * {@code count} school years up to and including {@code last}, the oldest first, for comparing
   * the goal: their activities are read without hosts and ratings, which the comparison omits.
   */
  public List<PactYear> years(Region region, SchoolYear last, int count) {
    SchoolYear first = new SchoolYear(last.firstYear() - count + 1);
    List<Listing> register = register(region);
    List<Activity> activities =
        activities(region, first.firstDay(), last.lastDay(), today(), false);
    List<PactYear> years = new ArrayList<>();
    for (SchoolYear y = first; y.compareTo(last) <= 0; y = new SchoolYear(y.firstYear() + 1)) {
      years.add(PactYear.count(y, register, activities));
    }
    return years;
  }

  private static LocalDate today() {
    return LocalDate.now(DUTCH_TIME);
  }

  List<Listing> register(Region region) {
    List<Listing> listings = new ArrayList<>();
    for (Object[] row :
        rows(REGISTER + (region == null ? "" : " WHERE r.region_id = ?1"), region)) {
      listings.add(
          new Listing(
              text(row[0]),
              text(row[1]),
              SchoolKind.valueOf(text(row[2])),
              text(row[3]),
              text(row[4]),
              day(row[5]),
              text(row[6]),
              text(row[7]),
              text(row[8])));
    }
    return listings;
  }

  List<Activity> activities(
      Region region, LocalDate from, LocalDate to, LocalDate today, boolean hosts) {
    List<Activity> activities = new ArrayList<>();
    String booked =
        hosts
            ? BOOKED.formatted("s.company_id, c.sector, f.rating_sum, f.ratings", HOSTS_AND_RATINGS)
            : BOOKED.formatted("NULL, NULL, 0, 0", "");
    String regionOnly = region == null ? "" : " AND e.region_id = ?3";
    for (Object[] row : rows(booked + regionOnly, region, from, to)) {
      LocalDate day = day(row[2]);
      activities.add(
          new Activity(
              text(row[0]),
              EditionKind.valueOf(text(row[1])),
              null,
              day,
              Turnout.of(bool(row[3]), day, today),
              1,
              number(row[4]),
              Level.valueOf(text(row[5])),
              row[6] == null ? null : ((Number) row[6]).longValue(),
              text(row[7]),
              number(row[8]),
              number(row[9])));
    }
    String externalRegion = region == null ? "" : " AND x.region_id = ?3";
    for (Object[] row : rows(EXTERNAL + externalRegion, region, from, to)) {
      activities.add(
          new Activity(
              text(row[0]),
              null,
              text(row[1]),
              day(row[2]),
              Turnout.ATTENDED,
              number(row[3]),
              number(row[4]),
              row[5] == null ? null : Level.valueOf(text(row[5])),
              null,
              null,
              0,
              0));
    }
    return activities;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Region region, LocalDate... period) {
    Query query = em.createNativeQuery(sql);
    int position = 1;
    for (LocalDate day : period) {
      query.setParameter(position++, Date.valueOf(day));
    }
    if (region != null) {
      query.setParameter(position, region.id());
    }
    return query.getResultList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().trim();
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static Boolean bool(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
