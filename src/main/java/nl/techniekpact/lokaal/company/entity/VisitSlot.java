package nl.techniekpact.lokaal.company.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.LocalDate;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Venue;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A time on one day of an edition when a host receives class groups: a company visit, a show
 * session or a centre visit. It holds at most {@code seats} pupils in at most {@code maxGroups}
 * groups of the allowed levels, on site (at the host or a venue) or online through a join link.
 */
@Entity
@Table(name = "visit_slot")
@NamedQuery(
    name = VisitSlot.OF_EDITION,
    query = "select s from VisitSlot s where s.edition = :edition order by s.code")
@NamedQuery(
    name = VisitSlot.DELETE_OF_EDITION,
    query = "delete from VisitSlot s where s.edition = :edition")
@NamedQuery(
    name = VisitSlot.TO_BOOK,
    query =
        "select s from VisitSlot s join fetch s.edition left join fetch s.host where s.id = :id",
    hints = @QueryHint(name = "eclipselink.join-fetch", value = "s.edition.region"))
@NamedQuery(
    name = VisitSlot.LOCK,
    query = "select s.version from VisitSlot s where s.id = :id",
    lockMode = LockModeType.PESSIMISTIC_WRITE)
public class VisitSlot {

  public static final String OF_EDITION = "VisitSlot.ofEdition";

  /** A slot with its edition, region and host in one query, as a booking checks all of them. */
  public static final String TO_BOOK = "VisitSlot.toBook";

  public static final String DELETE_OF_EDITION = "VisitSlot.deleteOfEdition";

  /**
   * Takes the slot row's write lock and answers its version only: cheaper than locking the entity,
   * which reads and rebuilds the whole row.
   */
  public static final String LOCK = "VisitSlot.lock";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "edition_id")
  private Edition edition;

  @Column(name = "code", nullable = false)
  private String code;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company host;

  @ManyToOne
  @JoinColumn(name = "venue_id")
  private Venue venue;

  @Column(name = "visit_day", nullable = false)
  private LocalDate day;

  @Embedded private TimeWindow window;

  @Column(name = "seats", nullable = false)
  private int seats;

  @Column(name = "max_groups", nullable = false)
  private int maxGroups;

  @Column(name = "levels", nullable = false)
  private Levels levels;

  @Column(name = "join_link")
  private String joinLink;

  @Version
  @Column(name = "version")
  private long version;

  protected VisitSlot() {}

  /** A slot at a company; company visits always have one, show sessions and centre visits may. */
  public static VisitSlot atCompany(
      Edition edition,
      String code,
      Company host,
      LocalDate day,
      TimeWindow window,
      int seats,
      int maxGroups,
      Levels levels) {
    Require.present(host, "company_id");
    return new VisitSlot(edition, code, host, null, null, day, window, seats, maxGroups, levels);
  }

  public static VisitSlot atVenue(
      Edition edition,
      String code,
      Venue venue,
      LocalDate day,
      TimeWindow window,
      int seats,
      int maxGroups,
      Levels levels) {
    Require.present(venue, "venue");
    return new VisitSlot(edition, code, null, venue, null, day, window, seats, maxGroups, levels);
  }

  public static VisitSlot online(
      Edition edition,
      String code,
      Company host,
      URI joinLink,
      LocalDate day,
      TimeWindow window,
      int seats,
      int maxGroups,
      Levels levels) {
    Require.present(joinLink, "joinLink");
    return new VisitSlot(
        edition, code, host, null, joinLink, day, window, seats, maxGroups, levels);
  }

  private VisitSlot(
      Edition edition,
      String code,
      Company host,
      Venue venue,
      URI joinLink,
      LocalDate day,
      TimeWindow window,
      int seats,
      int maxGroups,
      Levels levels) {
    this.edition = Require.present(edition, "edition");
    this.code = Require.text(code, "slot_id", 20);
    if (edition.kind().isAllocated() && host == null) {
      throw new InvalidValueException("company_id", "a company visit needs a host company");
    }
    if (joinLink != null && !"https".equals(joinLink.getScheme())) {
      throw new InvalidValueException("joinLink", "joinLink must be an https address: " + joinLink);
    }
    this.host = host;
    this.venue = venue;
    this.joinLink = joinLink == null ? null : joinLink.toString();
    reschedule(day, window, seats, maxGroups, levels);
  }

  /**
   * Changes when and for whom the slot is. The day lies within the edition; at least one of the
   * levels takes part in it (a host may welcome more levels than this edition has: no harm done).
   */
  public void reschedule(
      LocalDate day, TimeWindow window, int seats, int maxGroups, Levels levels) {
    edition.requireDayWithin(day, "date");
    Require.present(window, "window");
    Require.range(seats, 1, 1000, "capacity_pupils");
    Require.range(maxGroups, 1, 50, "max_groups");
    Require.present(levels, "levels");
    if (!edition.allowedLevels().overlaps(levels)) {
      throw new InvalidValueException(
          "levels",
          "none of the levels "
              + levels
              + " takes part in this edition ("
              + edition.allowedLevels()
              + ")");
    }
    this.day = day;
    this.window = window;
    this.seats = seats;
    this.maxGroups = maxGroups;
    this.levels = levels;
  }

  /** More seats, as an organiser adds them to a full session. */
  public void addSeats(int more) {
    Require.range(more, 1, 1000, "add");
    this.seats = Require.range(seats + more, 1, 1000, "capacity_pupils");
  }

  /** Where and with whom the visit takes place, for people: the venue or host name. */
  public String placeName() {
    return venue != null ? venue.name() : host != null ? host.name() : "online";
  }

  public boolean isOnline() {
    return joinLink != null;
  }

  /** Where the groups go, or null for an online slot without a physical place. */
  public Address address() {
    return venue != null ? venue.address() : host != null && !isOnline() ? host.address() : null;
  }

  public GeoPoint location() {
    return venue != null ? venue.location() : host != null ? host.location() : null;
  }

  public Long id() {
    return id;
  }

  /** Raised by every change, so a reader can tell whether what it read is still so. */
  public long version() {
    return version;
  }

  public Edition edition() {
    return edition;
  }

  public String code() {
    return code;
  }

  public Company host() {
    return host;
  }

  public Venue venue() {
    return venue;
  }

  public LocalDate day() {
    return day;
  }

  public TimeWindow window() {
    return window;
  }

  public int seats() {
    return seats;
  }

  public int maxGroups() {
    return maxGroups;
  }

  public Levels levels() {
    return levels;
  }

  public URI joinLink() {
    return joinLink == null ? null : URI.create(joinLink);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VisitSlot s && s.edition.equals(edition) && s.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
