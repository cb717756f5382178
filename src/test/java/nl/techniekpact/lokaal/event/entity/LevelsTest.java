package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.event.entity.Level.PO7;
import static nl.techniekpact.lokaal.event.entity.Level.PO8;
import static nl.techniekpact.lokaal.event.entity.Level.VO1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelsTest {

  @Test
  void needsAtLeastOneLevel() {
    assertInvalid("allowedLevels", () -> Levels.of(List.of(), "allowedLevels"));
    assertInvalid("allowedLevels", () -> Levels.of(null, "allowedLevels"));
    assertInvalid("levels", () -> Levels.of());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {";", " ; "})
  void parsingNoCodesIsRefused(String codes) {
    assertInvalid("levels", () -> Levels.parse(codes, "levels"));
  }

  @Test
  void parsesCodesSeparatedBySemicolonsSkippingEmptyOnes() {
    assertEquals(Levels.of(PO7, PO8), Levels.parse(" PO7;;PO8 ;", "levels"));
  }

  @Test
  void parsingRefusesAnyUnknownCodeNamingTheField() {
    assertInvalid("levels", () -> Levels.parse("PO7;PO9", "levels"));
  }

  @Test
  void writesItsCodesInTheOrderOfTheSchoolYears() {
    assertEquals("PO7;PO8;VO1", Levels.parse("VO1;PO8;PO7", "levels").codes());
  }

  @Test
  void aLevelNamedTwiceIsThereOnce() {
    assertEquals(Set.of(PO7), Levels.of(PO7, PO7).asSet());
  }

  @Test
  void containsOnlyItsOwnLevels() {
    Levels levels = Levels.of(PO7, PO8);
    assertTrue(levels.contains(PO8));
    assertFalse(levels.contains(VO1));
  }

  @Test
  void containsAllOfASubsetButNotOfALargerSet() {
    Levels levels = Levels.of(PO7, PO8);
    assertTrue(levels.containsAll(Levels.of(PO7)));
    assertTrue(levels.containsAll(Levels.of(PO8, PO7)));
    assertFalse(levels.containsAll(Levels.of(PO8, VO1)));
  }

  @Test
  void cannotBeChangedThroughItsSet() {
    Levels levels = Levels.of(PO7);
    assertThrows(UnsupportedOperationException.class, () -> levels.asSet().add(PO8));
  }

  @Test
  void levelsAreEqualWhateverTheOrderTheyWereGivenIn() {
    assertEquals(Levels.of(PO7, VO1), Levels.of(VO1, PO7));
    assertEquals(Levels.of(PO7, VO1).hashCode(), Levels.of(VO1, PO7).hashCode());
  }
}
