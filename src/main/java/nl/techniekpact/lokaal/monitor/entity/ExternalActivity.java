package nl.techniekpact.lokaal.monitor.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.Violations;

/**
 * An activity held outside Lokaal (a Technieklokaal lesson, a FIRST LEGO League day), recorded by
 * the region's organisers with the schools of the region's register that took part.
 */
@Entity
@Table(name = "external_activity")
@NamedQuery(
    name = ExternalActivity.OF_REGION_BETWEEN,
    query =
        "select a from ExternalActivity a where a.region = :region and a.heldOn between :first"
            + " and :last order by a.heldOn, a.id")
@NamedQuery(
    name = ExternalActivity.SAME,
    query =
        "select a from ExternalActivity a where a.region = :region and a.kind = :kind"
            + " and a.heldOn = :day and a.name = :name order by a.id")
public class ExternalActivity {

  public static final String OF_REGION_BETWEEN = "ExternalActivity.ofRegionBetween";
  public static final String SAME = "ExternalActivity.same";

  public static final int NAME_LENGTH = 120;

  /** The first school year Lokaal counts, and a last day no typing error goes past. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2000, 8, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(2099, 7, 31);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(optional = false)
  @JoinColumn(name = "kind_id")
  private ActivityKind kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ExternalParticipation> participations = new ArrayList<>();

  @Version
  @Column(name = "version")
  private long version;

  protected ExternalActivity() {}

  public ExternalActivity(
      Region region, ActivityKind kind, String name, LocalDate heldOn, List<Participant> schools) {
    this.region = Require.present(region, "region");
    describe(kind, name, heldOn, schools);
  }

  /** Takes the whole record at once, refusing every field that is wrong before changing any. */
  public void describe(
      ActivityKind kind, String name, LocalDate heldOn, List<Participant> schools) {
    Violations violations = new Violations();
    ActivityKind checkedKind = violations.check(() -> usable(kind));
    String checkedName = violations.check(() -> Require.text(name, "name", NAME_LENGTH));
    LocalDate day = violations.check(() -> day(heldOn));
    violations.run(() -> checkSchools(schools));
    violations.throwIfAny();
    this.kind = checkedKind;
    this.name = checkedName;
    this.heldOn = day;
    take(schools);
  }

  /** Adds one school's part, or changes it when the school took part already (bulk uploads). */
  public void count(Participant school) {
    List<Participant> all = new ArrayList<>();
    participations.stream()
        .filter(p -> !p.school().equals(school.school()))
        .forEach(
            p ->
                all.add(
                    new Participant(p.school(), p.groups(), p.pupils(), p.level().orElse(null))));
    all.add(school);
    checkSchools(all);
    take(all);
  }

  private ActivityKind usable(ActivityKind kind) {
    Require.present(kind, "kind");
    if (!kind.usableIn(region)) {
      throw new InvalidValueException("kind", "activity.kindOfOtherRegion", kind.name());
    }
    return kind;
  }

  private static LocalDate day(LocalDate day) {
    Require.present(day, "date");
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new InvalidValueException("date", "activity.dayOutOfRange", day, FIRST_DAY, LAST_DAY);
    }
    return day;
  }

  /** At least one school, each once, each of this region's register, with sane counts. */
  private void checkSchools(List<Participant> schools) {
    if (schools == null || schools.isEmpty()) {
      throw new InvalidValueException("schools", "activity.noSchools");
    }
    Violations violations = new Violations();
    Set<RegisterSchool> seen = new HashSet<>();
    for (Participant p : schools) {
      Require.present(p.school(), "schools");
      String code = p.school().code().value();
      if (!p.school().region().equals(region)) {
        violations.add(violation("schools", "activity.schoolOfOtherRegion", code));
      } else if (!seen.add(p.school())) {
        violations.add(violation("schools", "activity.schoolTwice", code));
      }
      violations.run(
          () -> Require.range(p.groups(), 1, ExternalParticipation.MAX_GROUPS, "groups"));
      violations.run(
          () -> Require.range(p.pupils(), 1, ExternalParticipation.MAX_PUPILS, "pupils"));
    }
    violations.throwIfAny();
  }

  private static InvalidValueException.Violation violation(
      String field, String key, Object... args) {
    return new InvalidValueException(field, key, args).violations().get(0);
  }

  /** Changes rows in place where the school stays, so that no school is ever in it twice. */
  private void take(List<Participant> schools) {
    Map<RegisterSchool, ExternalParticipation> was = new HashMap<>();
    participations.forEach(p -> was.put(p.school(), p));
    List<ExternalParticipation> now = new ArrayList<>();
    for (Participant p : schools) {
      ExternalParticipation row = was.remove(p.school());
      if (row == null) {
        row = new ExternalParticipation(this, p.school());
      }
      row.count(p.groups(), p.pupils(), p.level());
      now.add(row);
    }
    participations.retainAll(now);
    now.stream().filter(row -> !participations.contains(row)).forEach(participations::add);
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public ActivityKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public SchoolYear schoolYear() {
    return SchoolYear.of(heldOn);
  }

  public List<ExternalParticipation> participations() {
    return List.copyOf(participations);
  }

  public long version() {
    return version;
  }
}
