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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Require;

/** A school location in a region, known by its BRIN code and location number. */
@Entity
@Table(name = "school")
@NamedQuery(name = School.BY_CODE, query = "select s from School s where s.code.value = :code")
@NamedQuery(name = School.BY_CODES, query = "select s from School s where s.code.value in :codes")
@NamedQuery(
    name = School.BY_CONTACT_EMAIL,
    query = "select s from School s where s.contact.email = :email order by s.id")
public class School {

  public static final String BY_CODE = "School.byCode";
  public static final String BY_CODES = "School.byCodes";
  public static final String BY_CONTACT_EMAIL = "School.byContactEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private SchoolId code;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SchoolKind kind;

  @Embedded private Address address;

  @Embedded private GeoPoint location;

  @Embedded
  @AttributeOverride(name = "name", column = @Column(name = "contact_name"))
  @AttributeOverride(name = "email", column = @Column(name = "contact_email"))
  @AttributeOverride(name = "phone", column = @Column(name = "contact_phone"))
  @AttributeOverride(name = "language", column = @Column(name = "contact_language"))
  private Contact contact;

  @Version
  @Column(name = "version")
  private long version;

  protected School() {}

  public School(
      SchoolId code,
      Region region,
      String name,
      SchoolKind kind,
      Address address,
      GeoPoint location,
      Contact contact) {
    this.code = Require.present(code, "school_id");
    this.region = Require.present(region, "region");
    describe(name, kind, address, location, contact);
  }

  public void describe(
      String name, SchoolKind kind, Address address, GeoPoint location, Contact contact) {
    this.name = Require.text(name, "name", 120);
    this.kind = Require.present(kind, "kind");
    this.address = Require.present(address, "address");
    this.location = Require.present(location, "location");
    this.contact = Require.present(contact, "contact");
  }

  public Long id() {
    return id;
  }

  public SchoolId code() {
    return code;
  }

  public Region region() {
    return region;
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

  public GeoPoint location() {
    return location;
  }

  public Contact contact() {
    return contact;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof School s && s.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
