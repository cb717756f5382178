package nl.techniekpact.lokaal.event.entity;

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
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A place that receives school groups and is not a company: a theatre for the show, the ICER
 * centre.
 */
@Entity
@Table(name = "venue")
@NamedQuery(
    name = Venue.OF_REGION,
    query = "select v from Venue v where v.region = :region order by v.name")
public class Venue {

  public static final String OF_REGION = "Venue.ofRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "name", nullable = false)
  private String name;

  @Embedded private Address address;

  @Embedded private GeoPoint location;

  protected Venue() {}

  public Venue(Region region, String name, Address address, GeoPoint location) {
    this.region = Require.present(region, "region");
    this.name = Require.text(name, "name", 120);
    this.address = Require.present(address, "address");
    this.location = Require.present(location, "location");
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }

  public GeoPoint location() {
    return location;
  }
}
