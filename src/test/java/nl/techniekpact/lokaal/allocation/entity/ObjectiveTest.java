package nl.techniekpact.lokaal.allocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectiveTest {

  private final Objective base = new Objective(100, 200, 600, 2_000_000);

  @Test
  void oneMoreSchoolBeatsAnyNumberOfGroupsPointsAndKilometres() {
    assertTrue(new Objective(101, 101, 0, 9_000_000).isBetterThan(base));
  }

  @Test
  void withEqualSchoolsOneMoreGroupBeatsAnyPoints() {
    assertTrue(new Objective(100, 201, 0, 9_000_000).isBetterThan(base));
  }

  @Test
  void withEqualSchoolsAndGroupsMorePointsWinWhateverTheTravel() {
    assertTrue(new Objective(100, 200, 601, 9_000_000).isBetterThan(base));
  }

  @Test
  void withAllElseEqualLessTravelWins() {
    assertTrue(new Objective(100, 200, 600, 1_999_900).isBetterThan(base));
  }

  @Test
  void travelThatReadsTheSameInTenthsOfAKilometreTies() {
    assertEquals(0, new Objective(100, 200, 600, 2_000_049).compareTo(base));
  }

  @Test
  void printsTheObjectiveLineWithKilometresToOneDecimal() {
    assertEquals(
        "schools=111 groups=238 points=713 km=2035.7",
        new Objective(111, 238, 713, 2_035_712).toString());
    assertEquals("schools=1 groups=1 points=0 km=0.1", new Objective(1, 1, 0, 50).toString());
  }

  @Test
  void refusesMoreSchoolsServedThanGroupsPlaced() {
    assertThrows(IllegalArgumentException.class, () -> new Objective(3, 2, 0, 0));
  }
}
