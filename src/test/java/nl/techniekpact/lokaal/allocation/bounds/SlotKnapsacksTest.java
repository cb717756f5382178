package nl.techniekpact.lokaal.allocation.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.control.CandidateGenerator;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class SlotKnapsacksTest {

  /**
   * Each day a slot of 60 seats for up to 3 groups and one of 20 seats for 1, wanted by groups of
   * 20, 30 and 40 pupils of that day: two groups a day at most. No size-class row cuts anything
   * here, so the LP seats the 20 in the small slot and 30 + 3/4 of the 40 in the large one, 5.5
   * groups in all: an LP bound of 5.
   */
  private final AllocationProblem problem =
      Tiny.problem(
          List.of(Tiny.school("A"), Tiny.school("B")),
          List.of(Tiny.host("H")),
          List.of(
              slot("MON-L", Tiny.MONDAY, 60, 3),
              slot("MON-S", Tiny.MONDAY, 20, 1),
              slot("TUE-L", Tiny.TUESDAY, 60, 3),
              slot("TUE-S", Tiny.TUESDAY, 20, 1)),
          List.of(
              group("M20", "A", 20, Tiny.MONDAY),
              group("M30", "B", 30, Tiny.MONDAY),
              group("M40", "A", 40, Tiny.MONDAY),
              group("T20", "B", 20, Tiny.TUESDAY),
              group("T30", "A", 30, Tiny.TUESDAY),
              group("T40", "B", 40, Tiny.TUESDAY)));

  private static Slot slot(String id, LocalDate date, int seats, int groups) {
    return new Slot(id, "H", date, seats, groups, Set.of(Level.PO7, Level.PO8));
  }

  private static Group group(String id, String school, int pupils, LocalDate day) {
    return new Group(id, school, Level.PO7, pupils, Set.of(day), 10, List.of());
  }

  @Test
  void proveWhatTheLpRowsCannotWhenALargeGroupWouldBeSplit() {
    var candidates = CandidateGenerator.generate(problem);
    try (LpBound lp =
        new LpBound(
            problem, candidates, Allocation.empty(problem.groupCount()).toArray(), () -> false)) {
      lp.startWithAllPairs();
      assertEquals(4, lp.groups(0, LpBound.EXACT, () -> true));
      assertEquals(4, lp.groups(2, LpBound.EXACT, () -> true));
    }
  }
}
