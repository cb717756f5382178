package nl.techniekpact.lokaal.demo.control;

import java.util.SplittableRandom;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Town;

/** Positions and postcodes of invented buildings in and around a town. */
final class Places {

  /** Schools and companies lie within this distance of their town's centre. */
  static final double TOWN_RADIUS_KM = 1.5;

  private static final double KM_PER_DEGREE_LATITUDE = 111.32;

  /**
   * PostNL does not use the letters F, I, O, Q, U and Y in postcodes, nor the pairs SA, SD and SS.
   */
  private static final String POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

  private Places() {}

  /** A point uniformly spread over the disc of {@link #TOWN_RADIUS_KM} around the town centre. */
  static GeoPoint inTown(Town town, SplittableRandom random) {
    double km = TOWN_RADIUS_KM * Math.sqrt(random.nextDouble());
    double angle = random.nextDouble(2 * Math.PI);
    GeoPoint centre = town.location();
    double lat = centre.latitude() + km * Math.cos(angle) / KM_PER_DEGREE_LATITUDE;
    double lon =
        centre.longitude()
            + km
                * Math.sin(angle)
                / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(centre.latitude())));
    return rounded(lat, lon);
  }

  /**
   * Five decimals (about a metre), as in the interchange files, so a written file reads back equal.
   */
  static GeoPoint rounded(double lat, double lon) {
    return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
  }

  /**
   * A postcode with the town's four digits and random letters, as a street in that town would have.
   */
  static String postcodeIn(Town town, SplittableRandom random) {
    return postcode(town.postcodeNumber(), random);
  }

  static String postcode(int number, SplittableRandom random) {
    while (true) {
      char first = POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
      char second = POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
      boolean unused = first == 'S' && (second == 'A' || second == 'D' || second == 'S');
      if (!unused) {
        return number + " " + first + second;
      }
    }
  }
}
