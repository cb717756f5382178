package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolIdTest {

  @Test
  void isABrinCodeFollowedByALocationNumber() {
    SchoolId id = SchoolId.parse("04AB01", "school_id");
    assertEquals("04AB", id.brin());
    assertEquals("01", id.location());
  }

  @Test
  void isWrittenInCapitalsWithoutSurroundingWhitespace() {
    assertEquals("04AB00", SchoolId.parse(" 04ab00 ", "school_id").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4AB00", "04AB0", "AB0400", "04A-00", "04AB0A", "04AB000", "04 AB00"})
  void refusesWhatIsNotABrinCodeAndLocationNumber(String text) {
    assertInvalid("school_id", () -> SchoolId.parse(text, "school_id"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesAMissingCode(String text) {
    assertInvalid("school_id", () -> SchoolId.parse(text, "school_id"));
  }

  @Test
  void idsAreEqualByTheirCode() {
    assertEquals(SchoolId.parse("04ab00", "a"), SchoolId.parse("04AB00", "b"));
    assertEquals(
        SchoolId.parse("04ab00", "a").hashCode(), SchoolId.parse("04AB00", "b").hashCode());
    assertNotEquals(SchoolId.parse("04AB00", "a"), SchoolId.parse("04AB01", "a"));
  }
}
