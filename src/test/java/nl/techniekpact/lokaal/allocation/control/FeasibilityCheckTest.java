package nl.techniekpact.lokaal.allocation.control;

import static nl.techniekpact.lokaal.allocation.control.Tiny.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.allocation.entity.Violation;
import nl.techniekpact.lokaal.allocation.rules.DayRule;
import nl.techniekpact.lokaal.allocation.rules.LevelRule;
import nl.techniekpact.lokaal.allocation.rules.MaxGroupsRule;
import nl.techniekpact.lokaal.allocation.rules.OneSlotPerGroupRule;
import nl.techniekpact.lokaal.allocation.rules.ReachRule;
import nl.techniekpact.lokaal.allocation.rules.SeatsRule;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class FeasibilityCheckTest {

  // S0: 60 seats, 2 groups; S1: Tuesday; S2: for klas 1 only; S3: 30 km away. G3 has 45 pupils.
  private final AllocationProblem problem =
      Tiny.problem(
          List.of(Tiny.school("A")),
          List.of(Tiny.host("H"), new Host("FAR", "Far", Tiny.WINTERSWIJK)),
          List.of(
              Tiny.slot("S0", "H", 60, 2),
              new Slot("S1", "H", Tiny.TUESDAY, 50, 2, Set.of(Level.PO7)),
              new Slot("S2", "H", Tiny.MONDAY, 50, 2, Set.of(Level.VO1)),
              Tiny.slot("S3", "FAR", 50, 2)),
          List.of(group("G0", "A", 20), group("G1", "A", 20), group("G2", "A", 20), groupOf(45)));

  private static Group groupOf(int pupils) {
    return new Group("G3", "A", Level.PO7, pupils, Set.of(Tiny.MONDAY), 10, List.of());
  }

  private List<String> rulesBroken(int... slots) {
    return FeasibilityCheck.violations(problem, new Allocation(slots)).stream()
        .map(Violation::rule)
        .toList();
  }

  @Test
  void acceptsAnAllocationThatKeepsEveryRule() {
    assertTrue(FeasibilityCheck.isFeasible(problem, new Allocation(new int[] {0, 0, -1, -1})));
  }

  @Test
  void reportsASlotOnADayTheGroupCannotGo() {
    assertEquals(List.of(DayRule.NAME), rulesBroken(1, -1, -1, -1));
  }

  @Test
  void reportsASlotForAnotherLevel() {
    assertEquals(List.of(LevelRule.NAME), rulesBroken(2, -1, -1, -1));
  }

  @Test
  void reportsAHostBeyondReach() {
    assertEquals(List.of(ReachRule.NAME), rulesBroken(3, -1, -1, -1));
  }

  @Test
  void reportsASlotWithMorePupilsThanSeats() {
    assertEquals(List.of(SeatsRule.NAME), rulesBroken(0, -1, -1, 0));
  }

  @Test
  void reportsASlotWithMoreGroupsThanItTakes() {
    assertEquals(List.of(MaxGroupsRule.NAME), rulesBroken(0, 0, 0, -1));
  }

  @Test
  void reportsAGroupPlacedTwiceInAListOfPlacements() {
    List<Violation> violations =
        FeasibilityCheck.violations(
            problem, List.of(Placement.placed("G0", "S0"), Placement.placed("G0", "S0")));
    assertEquals(
        List.of(OneSlotPerGroupRule.NAME), violations.stream().map(Violation::rule).toList());
  }

  @Test
  void reportsPlacementsOfUnknownGroupsOrSlots() {
    List<Violation> violations =
        FeasibilityCheck.violations(
            problem, List.of(Placement.placed("G9", "S0"), Placement.placed("G0", "S9")));
    assertEquals(
        List.of(FeasibilityCheck.UNKNOWN_ID, FeasibilityCheck.UNKNOWN_ID),
        violations.stream().map(Violation::rule).toList());
  }

  @Test
  void namesTheGroupAndSlotOfAPairThatBreaksARule() {
    Violation v = FeasibilityCheck.pairViolations(problem, 0, 1).get(0);
    assertEquals("G0", v.groupId());
    assertEquals("S1", v.slotId());
    assertTrue(v.reason().contains("2027-03-16"), v.reason());
  }
}
