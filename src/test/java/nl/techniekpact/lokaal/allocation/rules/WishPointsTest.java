package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WishPointsTest {

  private final Group sixWishes =
      new Group(
          "G",
          "A",
          Level.PO7,
          20,
          Set.of(Tiny.MONDAY),
          10,
          List.of("H1", "H2", "H3", "H4", "H5", "H6"));

  @ParameterizedTest
  @CsvSource({"H1, 5", "H2, 4", "H3, 3", "H4, 2", "H5, 1"})
  void givesFiveToOnePointsForTheFirstToFifthWish(String host, int points) {
    assertEquals(points, WishPoints.of(sixWishes, host));
  }

  @Test
  void givesNothingForASixthWishBecauseOnlyFiveCount() {
    assertEquals(0, WishPoints.of(sixWishes, "H6"));
  }

  @Test
  void givesNothingForAHostTheGroupDidNotWishFor() {
    assertEquals(0, WishPoints.of(sixWishes, "H7"));
  }

  @Test
  void addsThePointsOfPlacedGroupsOnly() {
    AllocationProblem problem =
        Tiny.problem(
            List.of(Tiny.school("A")),
            List.of(Tiny.host("H1"), Tiny.host("H2")),
            List.of(Tiny.slot("S1", "H1", 90, 3), Tiny.slot("S2", "H2", 90, 3)),
            List.of(
                Tiny.group("G1", "A", 20, "H1", "H2"),
                Tiny.group("G2", "A", 20, "H1", "H2"),
                Tiny.group("G3", "A", 20, "H1")));
    assertEquals(
        5 + 4, WishPoints.total(problem, new Allocation(new int[] {0, 1, Allocation.WAITING})));
  }
}
