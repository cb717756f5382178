package nl.techniekpact.lokaal.allocation.search;

import static nl.techniekpact.lokaal.allocation.control.Tiny.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.techniekpact.lokaal.allocation.control.CandidateGenerator;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import org.junit.jupiter.api.Test;

class ImprovementChainsTest {

  // G0 wishes X then Y and sits at Y; G1 sits at X without wishing for it; Z is free.
  private final AllocationProblem problem =
      Tiny.problem(
          List.of(Tiny.school("A")),
          List.of(Tiny.host("X"), Tiny.host("Y"), Tiny.host("Z")),
          List.of(
              Tiny.slot("SX", "X", 30, 1),
              Tiny.slot("SY", "Y", 30, 1),
              Tiny.slot("SZ", "Z", 30, 1)),
          List.of(group("G0", "A", 25, "X", "Y"), group("G1", "A", 25)));

  @Test
  void givesAGroupItsFirstWishByMovingTheGroupThereOn() {
    Assignment assignment = new Assignment(problem, CandidateGenerator.generate(problem));
    assignment.place(0, assignment.candidates.pairOf(0, 1));
    assignment.place(1, assignment.candidates.pairOf(1, 0));
    int before = assignment.points();
    assertTrue(new ImprovementChains(assignment, new boolean[2]).improve(0));
    assertEquals(0, assignment.slotOf(0));
    assertEquals(before + 1, assignment.points());
    assertEquals(2, assignment.objective().groups());
  }
}
