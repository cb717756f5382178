package nl.techniekpact.lokaal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.platform.entity.Town;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TownsTest {

  private final Towns towns = Towns.standard();

  @Test
  void theTableHoldsAboutFortyTowns() {
    assertTrue(
        towns.all().size() >= 35 && towns.all().size() <= 50, () -> towns.all().size() + " towns");
  }

  @Test
  void everyTownLiesInTheAchterhoekOrDeLiemers() {
    for (Town town : towns.all()) {
      double lat = town.location().latitude();
      double lon = town.location().longitude();
      assertTrue(
          lat >= 51.8 && lat <= 52.2 && lon >= 5.9 && lon <= 6.9,
          () -> town + " is outside the region");
      assertTrue(
          Set.of("achterhoek", "liemers").contains(town.region()),
          () -> town + " has an unknown region");
    }
  }

  @Test
  void bothRegionsHaveTheirTowns() {
    assertTrue(towns.inRegion("achterhoek").size() >= 20);
    assertTrue(towns.inRegion("liemers").size() >= 10);
    assertEquals(
        towns.all().size(), towns.inRegion("achterhoek").size() + towns.inRegion("liemers").size());
  }

  @Test
  void everyTownIsListedOnceWithADutchPostcode() {
    Set<String> names = towns.all().stream().map(Town::name).collect(Collectors.toSet());
    assertEquals(towns.all().size(), names.size());
    towns
        .all()
        .forEach(t -> assertTrue(t.postcode().matches("[1-9][0-9]{3} [A-Z]{2}"), t::postcode));
  }

  @Test
  void theWellKnownTownsAreThere() {
    for (String name :
        List.of(
            "Aalten",
            "Winterswijk",
            "Doetinchem",
            "Hengelo (Gld)",
            "Laren (Gld)",
            "Zevenaar",
            "Lobith")) {
      assertTrue(towns.byName(name).isPresent(), name);
    }
  }

  @Test
  void aTownIsFoundByNameIgnoringCaseAndSpaces() {
    assertEquals("Winterswijk", towns.byName("  winterswijk ").map(Town::name).orElseThrow());
  }

  @Test
  void anUnknownNameFindsNoTown() {
    assertEquals(Optional.empty(), towns.byName("Enschede"));
    assertEquals(Optional.empty(), towns.byName(null));
  }

  @ParameterizedTest
  @CsvSource({
    "7101 AB, Winterswijk",
    "7101AB, Winterswijk",
    "7101, Winterswijk",
    "6901 xz, Zevenaar",
    "7121 EN, Aalten"
  })
  void aPostcodeWithTheTownsFourDigitsFindsThatTown(String postcode, String town) {
    assertEquals(town, towns.nearestToPostcode(postcode).map(Town::name).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"7005 AE, Doetinchem", "7104 DT, Winterswijk", "7125 AA, Aalten"})
  void otherwiseTheTownWithTheClosestNumberIsTaken(String postcode, String town) {
    assertEquals(town, towns.nearestToPostcode(postcode).map(Town::name).orElseThrow());
  }

  @Test
  void aTieBetweenTwoNumbersGoesToTheLowerOne() {
    // 7006 lies 5 from Doetinchem (7001) and 5 from Gaanderen (7011).
    assertEquals("Doetinchem", towns.nearestToPostcode("7006").map(Town::name).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1011 AB", "9711 CD", "7400 AA"})
  void aPostcodeMoreThanThirtyFromEveryTownFindsNone(String postcode) {
    assertEquals(Optional.empty(), towns.nearestToPostcode(postcode));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"710", "0101 AB", "7101 A", "Winterswijk", "71O1 AB"})
  void somethingThatIsNotAPostcodeFindsNoTown(String postcode) {
    assertEquals(Optional.empty(), towns.nearestToPostcode(postcode));
  }

  @Test
  void anyTableInTheSameFormatCanBeRead() {
    String csv = "town,postcode,lat,lon,region\nRekken,7157 AA,52.094,6.723,achterhoek\n";
    Towns read = Towns.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    Town rekken = read.all().get(0);
    assertEquals("Rekken", rekken.name());
    assertEquals(7157, rekken.postcodeNumber());
    assertEquals(52.094, rekken.location().latitude());
    assertEquals("achterhoek", rekken.region());
  }
}
