package nl.techniekpact.lokaal.platform.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

  @Test
  void presentReturnsTheValueItChecked() {
    assertEquals("x", Require.present("x", "field"));
  }

  @Test
  void presentRefusesNullNamingTheField() {
    assertInvalid("town", () -> Require.present(null, "town"));
  }

  @Test
  void textIsStrippedOfSurroundingWhitespace() {
    assertEquals("Aalten", Require.text("  Aalten \t", "town", 80));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void textRefusesMissingOrBlankValues(String blank) {
    assertInvalid("town", () -> Require.text(blank, "town", 80));
  }

  @Test
  void textAcceptsExactlyTheMaximumLengthAfterStripping() {
    assertEquals("abcde", Require.text(" abcde ", "code", 5));
  }

  @Test
  void textRefusesOneCharacterMoreThanTheMaximum() {
    assertInvalid("code", () -> Require.text("abcdef", "code", 5));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void optionalTextTurnsBlankIntoAbsent(String blank) {
    assertNull(Require.optionalText(blank, "street", 10));
  }

  @Test
  void optionalTextStillRefusesTooLongValues() {
    assertInvalid("street", () -> Require.optionalText("Lange Straatweg 123", "street", 10));
  }

  @Test
  void emailIsStrippedAndLowerCased() {
    assertEquals(
        "jan.de-vries@school.example.nl",
        Require.email(" Jan.de-Vries@School.Example.NL ", "email"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jan",
        "jan@",
        "@school.nl",
        "jan@school",
        "jan@-school.nl",
        "jan de vries@school.nl",
        "jan@@school.nl"
      })
  void emailRefusesWhatIsNotAnAddress(String text) {
    assertInvalid("email", () -> Require.email(text, "email"));
  }

  @Test
  void optionalEmailTurnsBlankIntoAbsent() {
    assertNull(Require.optionalEmail(" ", "email"));
  }

  @Test
  void optionalEmailStillRefusesWhatIsNotAnAddress() {
    assertInvalid("email", () -> Require.optionalEmail("jan", "email"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void rangeAcceptsBothBoundsAndWhatLiesBetween(int value) {
    assertEquals(value, Require.range(value, 1, 5, "visits"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, Integer.MIN_VALUE})
  void rangeRefusesWholeNumbersOutsideTheBounds(int value) {
    assertInvalid("visits", () -> Require.range(value, 1, 5, "visits"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.49, 150.01, Double.NaN, Double.POSITIVE_INFINITY})
  void rangeRefusesFractionsOutsideTheBoundsAndNaN(double value) {
    assertInvalid("max_km", () -> Require.range(value, 0.5, 150, "max_km"));
  }
}
