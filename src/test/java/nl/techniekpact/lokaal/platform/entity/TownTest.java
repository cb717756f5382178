package nl.techniekpact.lokaal.platform.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownTest {

  private static final GeoPoint CENTRE = new GeoPoint(51.925, 6.581);

  @Test
  void theFourDigitsOfThePostcodeAreItsNumber() {
    assertEquals(7121, new Town("Aalten", "7121 EN", CENTRE, "achterhoek").postcodeNumber());
  }

  @ParameterizedTest
  @ValueSource(strings = {"7121EN", "0121 EN", "7121 en", "71210"})
  void refusesAPostcodeNotWrittenLike1234AB(String postcode) {
    assertInvalid("postcode", () -> new Town("Aalten", postcode, CENTRE, "achterhoek"));
  }

  @Test
  void needsANameAPositionAndARegion() {
    assertInvalid("town", () -> new Town(" ", "7121 EN", CENTRE, "achterhoek"));
    assertInvalid("location", () -> new Town("Aalten", "7121 EN", null, "achterhoek"));
    assertInvalid("region", () -> new Town("Aalten", "7121 EN", CENTRE, ""));
  }
}
