package nl.techniekpact.lokaal.allocation.search;

import static nl.techniekpact.lokaal.allocation.control.Tiny.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.control.CandidateGenerator;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class InsertionChainsTest {

  // G0 sits in S0; G1 (groep 8) can only go to S0; G0 could as well go to S1.
  private final AllocationProblem problem =
      Tiny.problem(
          List.of(Tiny.school("A"), Tiny.school("B")),
          List.of(Tiny.host("H")),
          List.of(
              Tiny.slot("S0", "H", 30, 1),
              new Slot("S1", "H", Tiny.MONDAY, 30, 1, Set.of(Level.PO7))),
          List.of(
              group("G0", "A", 25),
              new Group("G1", "B", Level.PO8, 25, Set.of(Tiny.MONDAY), 10, List.of())));

  @Test
  void placesAWaitingGroupByMovingTheGroupInItsWay() {
    Assignment assignment = new Assignment(problem, CandidateGenerator.generate(problem));
    assignment.place(0, assignment.candidates.pairOf(0, 0));
    assertTrue(new InsertionChains(assignment, new boolean[2]).insert(1));
    assertEquals(0, assignment.slotOf(1));
    assertEquals(1, assignment.slotOf(0));
  }

  @Test
  void leavesAPinnedGroupWhereItIs() {
    Assignment assignment = new Assignment(problem, CandidateGenerator.generate(problem));
    assignment.place(0, assignment.candidates.pairOf(0, 0));
    assertEquals(false, new InsertionChains(assignment, new boolean[] {true, false}).insert(1));
    assertEquals(0, assignment.slotOf(0));
  }
}
