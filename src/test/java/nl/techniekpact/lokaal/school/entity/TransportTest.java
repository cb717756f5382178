package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void parsesItsOwnCode(Transport transport) {
    assertEquals(transport, Transport.parse(transport.code(), "transport"));
  }

  @Test
  void parsesCodesWhateverTheirCaseAndSurroundingWhitespace() {
    assertEquals(Transport.BIKE, Transport.parse(" Bike ", "transport"));
  }

  @Test
  void writesItsCodeInLowerCase() {
    assertEquals("walk", Transport.WALK.code());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"fiets", "train"})
  void refusesAnUnknownCode(String code) {
    assertInvalid("transport", () -> Transport.parse(code, "transport"));
  }
}
