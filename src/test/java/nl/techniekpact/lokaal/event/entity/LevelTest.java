package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

  @Test
  void parsesItsCodeIgnoringSurroundingWhitespace() {
    assertEquals(Level.PO7, Level.parse(" PO7 ", "level"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"po7", "PO4", "VO7", "groep 7", "HAVO"})
  void refusesAnUnknownCode(String code) {
    assertInvalid("level", () -> Level.parse(code, "level"));
  }

  @Test
  void isCalledAsTeachersCallIt() {
    assertEquals("groep 7", Level.PO7.dutchName());
    assertEquals("klas 1", Level.VO1.dutchName());
    assertEquals("mbo", Level.MBO.dutchName());
  }
}
