package nl.techniekpact.lokaal.monitor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * A school location in the region's register, whether or not it ever signed up: the goal counts
 * every primary school of the register. Known by BRIN + location, so a school that moved or was
 * renamed keeps its history; a school that closed is marked closed and stays.
 */
@Entity
@Table(name = "register_school")
@NamedQuery(
    name = RegisterSchool.OF_REGION,
    query = "select s from RegisterSchool s where s.region = :region order by s.name, s.code.value")
@NamedQuery(
    name = RegisterSchool.BY_CODE,
    query = "select s from RegisterSchool s where s.region = :region and s.code.value = :code")
public class RegisterSchool {

  public static final String OF_REGION = "RegisterSchool.ofRegion";
  public static final String BY_CODE = "RegisterSchool.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Embedded private SchoolId code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SchoolKind kind;

  @Embedded private Address address;

  @Column(name = "municipality", nullable = false)
  private String municipality;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version
  @Column(name = "version")
  private long version;

  protected RegisterSchool() {}

  public RegisterSchool(
      Region region,
      SchoolId code,
      String name,
      SchoolKind kind,
      Address address,
      String municipality) {
    this.region = Require.present(region, "region");
    this.code = Require.present(code, "code");
    describe(name, kind, address, municipality);
  }

  /** Takes what the register says now: a move or a new name keeps the school's history. */
  public void describe(String name, SchoolKind kind, Address address, String municipality) {
    this.name = Require.text(name, "name", 120);
    this.kind = Require.present(kind, "kind");
    this.address = Require.present(address, "address");
    this.municipality = Require.text(municipality, "municipality", 80);
    this.closedOn = null;
  }

  /** The register no longer lists the school: it stays, with its activities, as closed. */
  public void close(LocalDate day) {
    if (closedOn == null) {
      closedOn = Objects.requireNonNull(day);
    }
  }

  /** Whether the school was still open at some time in the school year, so that it counts. */
  public boolean openIn(SchoolYear year) {
    return closedOn == null || closedOn.isAfter(year.firstDay());
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public SchoolId code() {
    return code;
  }

  public String name() {
    return name;
  }

  public SchoolKind kind() {
    return kind;
  }

  public Address address() {
    return address;
  }

  public String municipality() {
    return municipality;
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegisterSchool s && s.region.equals(region) && s.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
