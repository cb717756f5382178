package nl.techniekpact.lokaal.platform.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

  @ParameterizedTest
  @CsvSource({
    "7101 AB, 7101 AB",
    "7101AB, 7101 AB",
    "7101 ab, 7101 AB",
    "7101ab, 7101 AB",
    "' 7101 AB ', 7101 AB"
  })
  void writesADutchPostcodeAsFourDigitsSpaceTwoCapitals(String given, String written) {
    assertEquals(written, new Address(null, given, "Winterswijk").postcode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"46395", "01067"})
  void acceptsAGermanFiveDigitPostcodeAcrossTheBorder(String postcode) {
    assertEquals(postcode, new Address(null, postcode, "Bocholt").postcode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0123 AB",
        "123 AB",
        "7101 A",
        "7101 ABC",
        "7101  AB",
        "7101-AB",
        "1234",
        "123456",
        "AB 7101",
        "46395123456"
      })
  void refusesWhatIsNeitherADutchNorAGermanPostcode(String postcode) {
    assertInvalid("postcode", () -> new Address(null, postcode, "Winterswijk"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesAMissingPostcode(String postcode) {
    assertInvalid("postcode", () -> new Address(null, postcode, "Winterswijk"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesAMissingTown(String town) {
    assertInvalid("town", () -> new Address(null, "7101 AB", town));
  }

  @Test
  void refusesAStreetLongerThan120Characters() {
    assertInvalid("street", () -> new Address("x".repeat(121), "7101 AB", "Winterswijk"));
  }

  @Test
  void aBlankStreetIsNoStreet() {
    assertNull(new Address("  ", "7101 AB", "Winterswijk").street());
  }

  @Test
  void oneLineStartsWithTheStreetWhenKnown() {
    assertEquals(
        "Meddosestraat 1, 7101 AB Winterswijk",
        new Address("Meddosestraat 1", "7101AB", "Winterswijk").oneLine());
    assertEquals("7101 AB Winterswijk", new Address(null, "7101AB", "Winterswijk").oneLine());
  }

  @Test
  void addressesAreEqualByTheirNormalisedParts() {
    Address address = new Address(null, "7101 AB", "Winterswijk");
    assertEquals(address, new Address(" ", "7101ab", " Winterswijk"));
    assertEquals(address.hashCode(), new Address(" ", "7101ab", " Winterswijk").hashCode());
    assertNotEquals(address, new Address("Meddosestraat 1", "7101 AB", "Winterswijk"));
  }
}
