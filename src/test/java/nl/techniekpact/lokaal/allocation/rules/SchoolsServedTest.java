package nl.techniekpact.lokaal.allocation.rules;

import static nl.techniekpact.lokaal.allocation.control.Tiny.group;
import static nl.techniekpact.lokaal.allocation.control.Tiny.school;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import org.junit.jupiter.api.Test;

class SchoolsServedTest {

  private final AllocationProblem problem =
      Tiny.problem(
          List.of(school("A"), school("B")),
          List.of(Tiny.host("H")),
          List.of(Tiny.slot("S", "H", 90, 3)),
          List.of(group("A1", "A", 20), group("A2", "A", 20), group("B1", "B", 20)));

  @Test
  void countsASchoolWithTwoPlacedGroupsOnce() {
    assertEquals(
        1, SchoolsServed.count(problem, new Allocation(new int[] {0, 0, Allocation.WAITING})));
  }

  @Test
  void countsEverySchoolWithAPlacedGroup() {
    assertEquals(
        2, SchoolsServed.count(problem, new Allocation(new int[] {0, Allocation.WAITING, 0})));
  }

  @Test
  void countsNoSchoolWhenAllWait() {
    assertEquals(0, SchoolsServed.count(problem, Allocation.empty(3)));
  }
}
