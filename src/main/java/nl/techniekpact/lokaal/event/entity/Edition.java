package nl.techniekpact.lokaal.event.entity;

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
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * One run of an event in a region, such as "Week van de Techniek Achterhoek 2027": when it happens,
 * when schools and companies can register, which levels may take part, and where it stands.
 */
@Entity
@Table(name = "edition")
@NamedQuery(
    name = Edition.ALL,
    query = "select e from Edition e order by e.period.firstDay desc, e.id")
@NamedQuery(
    name = Edition.OF_REGION,
    query =
        "select e from Edition e where e.region = :region order by e.period.firstDay desc, e.id")
@NamedQuery(
    name = Edition.OF_SCHOOL,
    query =
        "select e from Edition e join e.schools s where s.id = :school order by e.period.firstDay desc, e.id")
@NamedQuery(
    name = Edition.OF_COMPANY,
    query =
        "select e from Edition e join e.companies c where c.id = :company order by e.period.firstDay desc, e.id")
public class Edition {

  public static final String ALL = "Edition.all";
  public static final String OF_REGION = "Edition.ofRegion";

  /** The editions a school takes part in, latest first. */
  public static final String OF_SCHOOL = "Edition.ofSchool";

  /** The editions a company takes part in, latest first. */
  public static final String OF_COMPANY = "Edition.ofCompany";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private EditionKind kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Embedded private DateRange period;

  @Embedded
  @AttributeOverride(name = "firstDay", column = @Column(name = "registration_opens"))
  @AttributeOverride(name = "lastDay", column = @Column(name = "registration_closes"))
  private DateRange registration;

  @Column(name = "allowed_levels", nullable = false)
  private Levels allowedLevels;

  @Column(name = "visits_per_group", nullable = false)
  private int visitsPerGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private EditionStatus status;

  @ManyToMany
  @JoinTable(
      name = "edition_school",
      joinColumns = @JoinColumn(name = "edition_id"),
      inverseJoinColumns = @JoinColumn(name = "school_id"))
  private Set<School> schools = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "edition_company",
      joinColumns = @JoinColumn(name = "edition_id"),
      inverseJoinColumns = @JoinColumn(name = "company_id"))
  private Set<Company> companies = new HashSet<>();

  /** The organisers' mailbox: invites name it as their ORGANIZER, replies go to it. */
  @Column(name = "mailbox")
  private String mailbox;

  @Version
  @Column(name = "version")
  private long version;

  protected Edition() {}

  public Edition(
      Region region,
      EditionKind kind,
      String name,
      DateRange period,
      DateRange registration,
      Levels allowedLevels,
      int visitsPerGroup) {
    this.region = Require.present(region, "region");
    this.kind = Require.present(kind, "kind");
    this.status = EditionStatus.DRAFT;
    describe(name, period, registration, allowedLevels, visitsPerGroup);
  }

  /** Changes what the edition is; not once it is published, when schools rely on it. */
  public void describe(
      String name,
      DateRange period,
      DateRange registration,
      Levels allowedLevels,
      int visitsPerGroup) {
    if (status == EditionStatus.PUBLISHED) {
      throw new StateConflictException("edition.published", this.name);
    }
    // Everything is checked before anything changes, so a refused description leaves the edition as
    // it was.
    String checkedName = Require.text(name, "name", 120);
    Require.present(period, "period");
    Require.present(registration, "registration");
    Require.present(allowedLevels, "allowedLevels");
    Require.range(visitsPerGroup, 1, 5, "visitsPerGroup");
    kind.requireRegistrationInTime(registration, period);
    this.name = checkedName;
    this.period = period;
    this.registration = registration;
    this.allowedLevels = allowedLevels;
    this.visitsPerGroup = visitsPerGroup;
  }

  /** Sets the organisers' mailbox, or none (blank): mail then names Lokaal's own sender. */
  public void useMailbox(String address) {
    mailbox = Require.optionalEmail(address, "mailbox");
  }

  public Optional<String> mailbox() {
    return Optional.ofNullable(mailbox);
  }

  public void openRegistration() {
    status = status.openRegistration();
  }

  public void closeRegistration() {
    status = status.closeRegistration();
  }

  /** An allocation proposal was made (again); only for events whose groups are allocated. */
  public void markAllocated() {
    status = status.allocate(kind);
  }

  /**
   * Drops the proposal made before the period or levels changed: back to closed, so that it cannot
   * be published and the next run allocates the edition as it is now. Other statuses stay.
   */
  public void dropProposal() {
    status = status.dropProposal();
  }

  public void publish() {
    status = status.publish(kind);
  }

  /**
   * Whether the offer (slots) and registrations (groups) may be replaced wholesale, as an import
   * does.
   */
  public boolean acceptsBulkChanges() {
    return status == EditionStatus.DRAFT || status == EditionStatus.OPEN;
  }

  /** The school takes part: it may register class groups. */
  public void enrol(School school) {
    schools.add(Require.present(school, "school"));
  }

  /** The company takes part: it offers slots, and groups may wish to visit it. */
  public void enrol(Company company) {
    Require.present(company, "company");
    if (!company.region().equals(region)) {
      throw new InvalidValueException(
          "company", "edition.companyOtherRegion", company.name(), region.name());
    }
    companies.add(company);
  }

  public boolean takesPart(Company company) {
    return companies.contains(company);
  }

  public boolean takesPart(School school) {
    return schools.contains(school);
  }

  /** Forgets every participant, before an import puts the edition's lists in place anew. */
  public void clearParticipants() {
    schools.clear();
    companies.clear();
  }

  public List<School> schools() {
    return schools.stream().sorted(Comparator.comparing(s -> s.code().value())).toList();
  }

  public List<Company> companies() {
    return companies.stream().sorted(Comparator.comparing(Company::code)).toList();
  }

  public boolean isRegistrationOpenOn(LocalDate day) {
    return status == EditionStatus.OPEN && registration.contains(day);
  }

  /** Refuses a day outside the edition; every visit and every available day lies within it. */
  public LocalDate requireDayWithin(LocalDate day, String field) {
    return period.requireWithin(day, field, "edition.dayOutside");
  }

  public Level requireAllowed(Level level, String field) {
    Require.present(level, field);
    if (!allowedLevels.contains(level)) {
      throw new InvalidValueException(
          field,
          "edition.levelNotAllowed",
          level,
          List.copyOf(java.util.EnumSet.copyOf(allowedLevels.asSet())));
    }
    return level;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public EditionKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public DateRange period() {
    return period;
  }

  public DateRange registration() {
    return registration;
  }

  public Levels allowedLevels() {
    return allowedLevels;
  }

  public int visitsPerGroup() {
    return visitsPerGroup;
  }

  public EditionStatus status() {
    return status;
  }

  @Override
  public boolean equals(Object o) {
    // Before persisting there is no id, but an edition is still itself.
    return this == o || o instanceof Edition e && id != null && id.equals(e.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
