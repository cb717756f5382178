package nl.techniekpact.lokaal.platform.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  private static final GeoPoint WINTERSWIJK = new GeoPoint(51.97, 6.72);
  private static final GeoPoint DOETINCHEM = new GeoPoint(51.965, 6.29);

  @ParameterizedTest
  @CsvSource({"-90, -180", "90, 180", "0, 0"})
  void acceptsThePolesAndTheAntimeridian(double lat, double lon) {
    GeoPoint point = new GeoPoint(lat, lon);
    assertEquals(lat, point.latitude());
    assertEquals(lon, point.longitude());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-90.0001, 90.0001, Double.NaN})
  void refusesALatitudeBeyondThePoles(double lat) {
    assertInvalid("lat", () -> new GeoPoint(lat, 6.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-180.0001, 180.0001, Double.NaN})
  void refusesALongitudeBeyondTheAntimeridian(double lon) {
    assertInvalid("lon", () -> new GeoPoint(52.0, lon));
  }

  @Test
  void winterswijkToDoetinchemIsTheHaversineDistanceOnTheMeanEarthRadius() {
    // 29.463737119... km, computed separately (Python, math.asin, R = 6371.0088 km).
    assertEquals(29.46373711916, WINTERSWIJK.distanceKm(DOETINCHEM), 1e-6);
  }

  @Test
  void oneDegreeAlongAMeridianIsOneDegreeOfArcOnTheMeanEarthRadius() {
    assertEquals(
        6371.0088 * Math.PI / 180, new GeoPoint(52, 6).distanceKm(new GeoPoint(53, 6)), 1e-9);
  }

  @Test
  void antipodesAreHalfTheEarthsCircumferenceApart() {
    assertEquals(6371.0088 * Math.PI, new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)), 1e-9);
  }

  @Test
  void distanceIsTheSameBothWays() {
    assertEquals(WINTERSWIJK.distanceKm(DOETINCHEM), DOETINCHEM.distanceKm(WINTERSWIJK), 1e-12);
  }

  @Test
  void aPointIsNoDistanceFromItself() {
    assertEquals(0.0, WINTERSWIJK.distanceKm(new GeoPoint(51.97, 6.72)));
  }

  @Test
  void pointsAreEqualByTheirCoordinates() {
    assertEquals(new GeoPoint(51.97, 6.72), WINTERSWIJK);
    assertEquals(new GeoPoint(51.97, 6.72).hashCode(), WINTERSWIJK.hashCode());
    assertNotEquals(new GeoPoint(6.72, 51.97), WINTERSWIJK);
  }
}
