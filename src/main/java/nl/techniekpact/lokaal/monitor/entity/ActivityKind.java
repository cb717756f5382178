package nl.techniekpact.lokaal.monitor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * What an activity outside Lokaal was (Technieklokaal, FIRST LEGO League...). Kinds without a
 * region are shared by all regions; organisers add kinds of their own region to the list.
 */
@Entity
@Table(name = "activity_kind")
@NamedQuery(
    name = ActivityKind.VISIBLE_IN,
    query =
        "select k from ActivityKind k where k.region is null or k.region = :region order by k.name")
public class ActivityKind {

  public static final String VISIBLE_IN = "ActivityKind.visibleIn";

  /** The column's width. */
  public static final int NAME_LENGTH = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "name", nullable = false)
  private String name;

  protected ActivityKind() {}

  /** A kind of the region's own; null region: a kind every region shares. */
  public ActivityKind(Region region, String name) {
    this.region = region;
    this.name = Require.text(name, "name", NAME_LENGTH);
  }

  /** Shared kinds and the region's own can describe the region's activities; others cannot. */
  public boolean usableIn(Region other) {
    return region == null || region.equals(other);
  }

  /** Names are compared without case or surrounding space: "Gastles" and "gastles " are one. */
  public boolean named(String other) {
    return other != null && key(name).equals(key(other));
  }

  public static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public Optional<Region> region() {
    return Optional.ofNullable(region);
  }

  public boolean shared() {
    return region == null;
  }

  public String name() {
    return name;
  }
}
