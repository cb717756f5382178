package nl.techniekpact.lokaal.allocation.entity;

/** A WGS84 position, kept here so that the allocator needs no persistence types. */
public record Position(double latitude, double longitude) {

  /** Mean earth radius (IUGG), as the interchange format prescribes for the reach rule. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public Position {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a WGS84 position: " + latitude + "," + longitude);
    }
  }

  /** Great-circle (haversine) distance, the same formula the interchange format defines. */
  public double distanceKm(Position other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
