package nl.techniekpact.lokaal.school.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.Violations;

/**
 * A class of one school registered for one edition: its level and size, the teacher who goes along,
 * the days it can go, how far it can travel, and the companies it wishes to visit, best first.
 */
@Entity
@Table(name = "class_group")
@NamedQuery(
    name = ClassGroup.OF_EDITION,
    query = "select g from ClassGroup g where g.edition = :edition order by g.code")
@NamedQuery(
    name = ClassGroup.DELETE_OF_EDITION,
    query = "delete from ClassGroup g where g.edition = :edition")
@NamedQuery(
    name = ClassGroup.WITH_SCHOOL,
    query = "select g from ClassGroup g join fetch g.school where g.id = :id")
@NamedQuery(
    name = ClassGroup.LOCK,
    query = "select g.id from ClassGroup g where g.id = :id",
    lockMode = LockModeType.PESSIMISTIC_WRITE)
public class ClassGroup {

  /** A group with its school, in one query. */
  public static final String WITH_SCHOOL = "ClassGroup.withSchool";

  /** Takes the group row's write lock without reading the group again. */
  public static final String LOCK = "ClassGroup.lock";

  public static final String OF_EDITION = "ClassGroup.ofEdition";
  public static final String DELETE_OF_EDITION = "ClassGroup.deleteOfEdition";

  /** Only the first five wishes count, as the pact's rules say. */
  public static final int MAX_WISHES = 5;

  public static final int MAX_PUPILS = 40;
  public static final double MAX_REACH_KM = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "edition_id")
  private Edition edition;

  @ManyToOne(optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private Level level;

  @Column(name = "pupils", nullable = false)
  private int pupils;

  @Embedded
  @AttributeOverride(name = "name", column = @Column(name = "teacher_name"))
  @AttributeOverride(name = "email", column = @Column(name = "teacher_email"))
  @AttributeOverride(name = "phone", column = @Column(name = "teacher_phone"))
  @AttributeOverride(name = "language", column = @Column(name = "teacher_language"))
  private Contact teacher;

  @Column(name = "days", nullable = false)
  private Days days;

  @Enumerated(EnumType.STRING)
  @Column(name = "transport", nullable = false)
  private Transport transport;

  @Column(name = "reach_km", nullable = false)
  private double reachKm;

  @ManyToMany
  @JoinTable(
      name = "wish",
      joinColumns = @JoinColumn(name = "group_id"),
      inverseJoinColumns = @JoinColumn(name = "company_id"))
  @OrderColumn(name = "wish_order")
  private List<Company> wishes = new ArrayList<>();

  @Version
  @Column(name = "version")
  private long version;

  protected ClassGroup() {}

  public ClassGroup(
      Edition edition,
      School school,
      String code,
      String name,
      Level level,
      int pupils,
      Contact teacher,
      Days days,
      Transport transport,
      double reachKm) {
    this.edition = Require.present(edition, "edition");
    Violations refused = new Violations();
    this.school = refused.check(() -> Require.present(school, "schoolId"));
    this.code = refused.check(() -> Require.text(code, "group_id", 20));
    refused.run(() -> describe(name, level, pupils, teacher));
    refused.run(() -> availability(days, transport, reachKm));
    refused.throwIfAny();
  }

  /**
   * Names and sizes the group. Its level takes part in the edition and is one its school has; every
   * refused field is named at once.
   */
  public void describe(String name, Level level, int pupils, Contact teacher) {
    Violations refused = new Violations();
    String checkedName = refused.check(() -> Require.text(name, "name", 60));
    if (level == null) {
      refused.run(() -> Require.present(level, "level"));
    } else if (!edition.allowedLevels().contains(level)) {
      refused.add(
          new Violation(
              "level",
              "school.group.level.notInEdition",
              List.of(level, edition.name(), List.copyOf(edition.allowedLevels().asSet()))));
    } else if (school != null && !fitsSchool(level)) {
      refused.add(
          new Violation("level", "school.group.level.notAtSchool", List.of(school.kind(), level)));
    }
    refused.run(() -> Require.range(pupils, 1, MAX_PUPILS, "pupils"));
    // The teacher is known by the e-mail address, the one part of the teacher the form requires.
    refused.run(() -> Require.present(teacher, "teacherEmail"));
    refused.throwIfAny();
    this.name = checkedName;
    this.level = level;
    this.pupils = pupils;
    this.teacher = teacher;
  }

  /** Primary schools have groepen, secondary schools klassen; special education may have either. */
  private boolean fitsSchool(Level level) {
    return switch (school.kind()) {
      case PO -> level.name().startsWith("PO");
      case VO -> !level.name().startsWith("PO");
      case SO -> true;
    };
  }

  /**
   * When and how far the group can go. Every day lies within the edition; every refused field is
   * named at once, and all days outside the edition.
   */
  public void availability(Days days, Transport transport, double reachKm) {
    Violations refused = new Violations();
    if (days == null) {
      refused.run(() -> Require.present(days, "days"));
    } else {
      List<LocalDate> outside =
          days.asList().stream().filter(day -> !edition.period().contains(day)).toList();
      if (!outside.isEmpty()) {
        refused.add(
            new Violation(
                "days",
                "school.group.days.outsideEdition",
                List.of(
                    outside,
                    edition.name(),
                    edition.period().firstDay(),
                    edition.period().lastDay())));
      }
    }
    refused.run(() -> Require.present(transport, "transport"));
    refused.run(() -> Require.range(reachKm, 0.5, MAX_REACH_KM, "reachKm"));
    refused.throwIfAny();
    this.days = days;
    this.transport = transport;
    this.reachKm = reachKm;
  }

  /**
   * Replaces the wishes, best first: distinct companies taking part in the edition, at most five.
   * Each refused wish is named at once, by its place in the list.
   */
  public void wish(List<Company> companies) {
    Require.present(companies, "wishes");
    if (companies.size() > MAX_WISHES) {
      throw new InvalidValueException(
          "wishes", "school.group.wishes.tooMany", MAX_WISHES, companies.size());
    }
    Violations refused = new Violations();
    for (int i = 0; i < companies.size(); i++) {
      Company company = companies.get(i);
      String field = "wishes[" + i + "]";
      if (company == null) {
        refused.add(new Violation(field, "school.group.wishes.unknown", List.of(i + 1)));
      } else if (companies.subList(0, i).contains(company)) {
        refused.add(new Violation(field, "school.group.wishes.twice", List.of(company.name())));
      } else if (!edition.takesPart(company)) {
        refused.add(
            new Violation(
                field,
                "school.group.wishes.notTakingPart",
                List.of(company.name(), edition.name())));
      }
    }
    refused.throwIfAny();
    wishes.clear();
    wishes.addAll(companies);
  }

  /** 1 for the first wish, 5 for the fifth, 0 when the company is not wished. */
  public int wishRank(Company company) {
    return wishes.indexOf(company) + 1;
  }

  /** Whether the place lies within the straight-line distance the group can travel. */
  public boolean canReach(GeoPoint place) {
    return school.location().distanceKm(place) <= reachKm;
  }

  public Long id() {
    return id;
  }

  public Edition edition() {
    return edition;
  }

  public School school() {
    return school;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Level level() {
    return level;
  }

  public int pupils() {
    return pupils;
  }

  public Contact teacher() {
    return teacher;
  }

  public Days days() {
    return days;
  }

  public Transport transport() {
    return transport;
  }

  public double reachKm() {
    return reachKm;
  }

  public List<Company> wishes() {
    return List.copyOf(wishes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassGroup g && g.edition.equals(edition) && g.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
