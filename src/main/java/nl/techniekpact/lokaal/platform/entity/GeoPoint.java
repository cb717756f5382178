package nl.techniekpact.lokaal.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A WGS84 position; distances between points are great-circle (haversine) kilometres. */
@Embeddable
public class GeoPoint {

  /** Mean earth radius (IUGG), as the interchange format prescribes. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  @Column(name = "lat")
  private double latitude;

  @Column(name = "lon")
  private double longitude;

  protected GeoPoint() {}

  public GeoPoint(double latitude, double longitude) {
    this.latitude = Require.range(latitude, -90, 90, "lat");
    this.longitude = Require.range(longitude, -180, 180, "lon");
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  public double distanceKm(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint p && p.latitude == latitude && p.longitude == longitude;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latitude, longitude);
  }

  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
