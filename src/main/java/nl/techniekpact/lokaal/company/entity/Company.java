package nl.techniekpact.lokaal.company.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A company in a region that opens its doors to school classes. Its code is unique in the region.
 */
@Entity
@Table(name = "company")
@NamedQuery(
    name = Company.OF_REGION,
    query = "select c from Company c where c.region = :region order by c.code")
@NamedQuery(
    name = Company.BY_CONTACT_EMAIL,
    query = "select c from Company c where c.contact.email = :email order by c.id")
public class Company {

  public static final String OF_REGION = "Company.ofRegion";
  public static final String BY_CONTACT_EMAIL = "Company.byContactEmail";
  private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{1,20}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "sector", nullable = false)
  private String sector;

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

  protected Company() {}

  public Company(
      Region region,
      String code,
      String name,
      String sector,
      Address address,
      GeoPoint location,
      Contact contact) {
    this.region = Require.present(region, "region");
    String trimmed = Require.text(code, "company_id", 20);
    if (!CODE.matcher(trimmed).matches()) {
      throw new InvalidValueException("company_id", "company.code.format", code);
    }
    this.code = trimmed;
    describe(name, sector, address, location, contact);
  }

  public void describe(
      String name, String sector, Address address, GeoPoint location, Contact contact) {
    this.name = Require.text(name, "name", 120);
    this.sector = Require.text(sector, "sector", 60);
    this.address = Require.present(address, "address");
    this.location = Require.present(location, "location");
    this.contact = Require.present(contact, "contact");
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String sector() {
    return sector;
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
    return o instanceof Company c && c.region.equals(region) && c.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
