package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalIdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"1", "0", "-1", "9223372036854775807", "editions", "slots.csv", "", "1.5"})
  void letsThroughIdsAsWrittenAndWhatIsNoNumber(String segment) {
    assertTrue(CanonicalIds.canonical(segment), segment);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1", "01", "-0", "00", "\u0661", "\uff11", "+0"})
  void refusesANumberJavaReadsThatIsNotWrittenAsLokaalWritesIt(String segment) {
    assertFalse(CanonicalIds.canonical(segment), segment);
  }
}
