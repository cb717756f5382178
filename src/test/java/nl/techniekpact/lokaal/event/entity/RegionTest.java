package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

  @Test
  void keepsItsCodeInLowerCase() {
    assertEquals(
        "achterhoek-liemers",
        new Region(" Achterhoek-Liemers ", "Achterhoek en De Liemers").code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "1achterhoek", "-achterhoek", "achter hoek", "achterhoek_2", "ächterhoek"})
  void refusesACodeThatIsNotLettersDigitsAndDashes(String code) {
    assertInvalid("code", () -> new Region(code, "Achterhoek"));
  }

  @Test
  void refusesACodeLongerThan40Characters() {
    assertInvalid("code", () -> new Region("a".repeat(41), "Achterhoek"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void needsAName(String name) {
    assertInvalid("name", () -> new Region("achterhoek", name));
  }

  @Test
  void regionsAreEqualByCode() {
    assertEquals(new Region("achterhoek", "Achterhoek"), new Region("ACHTERHOEK", "De Achterhoek"));
    assertEquals(
        new Region("achterhoek", "Achterhoek").hashCode(),
        new Region("ACHTERHOEK", "De Achterhoek").hashCode());
    assertNotEquals(new Region("achterhoek", "Achterhoek"), new Region("liemers", "Achterhoek"));
  }
}
