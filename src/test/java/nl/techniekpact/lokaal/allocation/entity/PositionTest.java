package nl.techniekpact.lokaal.allocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import org.junit.jupiter.api.Test;

class PositionTest {

  @Test
  void measuresExactlyAsTheInterchangeFormatsHaversine() {
    double[][] pairs = {
      {51.965, 6.29, 51.97, 6.72}, {53.2, 5.8, 50.85, 5.69}, {52.0, 4.3, 52.0, 4.3}
    };
    for (double[] p : pairs) {
      assertEquals(
          new GeoPoint(p[0], p[1]).distanceKm(new GeoPoint(p[2], p[3])),
          new Position(p[0], p[1]).distanceKm(new Position(p[2], p[3])),
          0.0);
    }
  }

  @Test
  void refusesALatitudeBeyondThePoles() {
    assertThrows(IllegalArgumentException.class, () -> new Position(91, 6));
  }
}
