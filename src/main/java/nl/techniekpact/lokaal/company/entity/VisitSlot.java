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
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Venue;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.Violations;

/**
 * A time on one day of an edition when a host receives class groups: a company visit, a show
 * session or a centre visit. It holds at most {@code seats} pupils in at most {@code maxGroups}
 * groups of the allowed levels, on site (at the host or a venue) or online through a join link.
 *
 * <p>A company visit (an edition whose visits are allocated) receives whole classes, so its seats
 * fit its number of classes: at least {@value #MIN_PUPILS_PER_CLASS} pupils for each class it
 * receives at once (10 seats for 5 classes is refused). Booked sessions do not have this rule: a
 * booking may hold part of a class, so a few seats may be shared by many classes.
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

  /**
   * The fewest pupils a company visit counts on for each class it receives: the smallest classes
   * (special education) have about eight.
   */
  public static final int MIN_PUPILS_PER_CLASS = 8;

  public static final int MAX_SEATS = 1000;
  public static final int MAX_GROUPS = 50;

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
    Require.present(host, "companyId");
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
    Violations refused = new Violations();
    this.code = refused.check(() -> Require.text(code, "slot_id", 20));
    if (edition.kind().isAllocated() && host == null) {
      refused.add(new Violation("companyId", "company.slot.hostRequired", List.of()));
    }
    if (joinLink != null && !"https".equals(joinLink.getScheme())) {
      refused.add(new Violation("joinLink", "company.slot.joinLink.https", List.of()));
    }
    this.host = host;
    this.venue = venue;
    this.joinLink = joinLink == null ? null : joinLink.toString();
    refused.run(() -> reschedule(day, window, seats, maxGroups, levels));
    refused.throwIfAny();
  }

  /**
   * Changes when and for whom the slot is. The day lies within the edition; at least one of the
   * levels takes part in it (a host may welcome more levels than this edition has: no harm done); a
   * company visit's seats fit its number of classes. Every refused field is named at once.
   */
  public void reschedule(
      LocalDate day, TimeWindow window, int seats, int maxGroups, Levels levels) {
    Violations refused = new Violations();
    if (day == null) {
      refused.run(() -> Require.present(day, "date"));
    } else if (!edition.period().contains(day)) {
      refused.add(
          new Violation(
              "date",
              "company.slot.dayOutside",
              List.of(
                  day, edition.name(), edition.period().firstDay(), edition.period().lastDay())));
    }
    // Named by its end: a window is refused for an end not after its start.
    refused.run(() -> Require.present(window, "end"));
    refused.run(() -> Require.range(seats, 1, MAX_SEATS, "seats"));
    refused.run(() -> Require.range(maxGroups, 1, MAX_GROUPS, "maxGroups"));
    if (!refused.refused("seats") && !refused.refused("maxGroups")) {
      refused.run(() -> requireSeatsForClasses(seats, maxGroups));
    }
    if (levels == null) {
      refused.run(() -> Require.present(levels, "levels"));
    } else if (!edition.allowedLevels().overlaps(levels)) {
      refused.add(
          new Violation(
              "levels",
              "company.slot.levelsNotInEdition",
              List.of(
                  List.copyOf(levels.asSet()),
                  edition.name(),
                  List.copyOf(edition.allowedLevels().asSet()))));
    }
    refused.throwIfAny();
    this.day = day;
    this.window = window;
    this.seats = seats;
    this.maxGroups = maxGroups;
    this.levels = levels;
  }

  /** Whole classes come to a company visit: room for the smallest classes it receives at once. */
  private void requireSeatsForClasses(int seats, int maxGroups) {
    int needed = maxGroups * MIN_PUPILS_PER_CLASS;
    if (edition.kind().isAllocated() && seats < needed) {
      throw new InvalidValueException(
          "seats",
          "company.slot.seatsForClasses",
          seats,
          maxGroups,
          MIN_PUPILS_PER_CLASS,
          needed,
          Math.max(1, seats / MIN_PUPILS_PER_CLASS));
    }
  }

  /** More seats, as an organiser adds them to a full session. */
  public void addSeats(int more) {
    Require.range(more, 1, MAX_SEATS, "add");
    if (seats + more > MAX_SEATS) {
      throw new InvalidValueException(
          "add", "company.slot.tooManySeats", more, seats + more, MAX_SEATS);
    }
    this.seats = seats + more;
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
