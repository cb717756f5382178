package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import org.junit.jupiter.api.Test;

class FirstComeFirstServedTest {

  private final AllocationProblem regional = Editions.load("regional");
  private final Candidates candidates = CandidateGenerator.generate(regional);

  @Test
  void reachesTheBaselineThatFormatMdQuotesOnTheRegionalSample() {
    Allocation allocation = FirstComeFirstServed.allocate(regional, candidates);
    Objective objective = ObjectiveFunction.evaluate(regional, allocation);
    assertEquals(108, objective.schools());
    assertEquals(225, objective.groups());
    assertEquals(627, objective.points());
    assertTrue(FeasibilityCheck.isFeasible(regional, allocation));
  }

  @Test
  void leavesPinnedGroupsWhereTheyAre() {
    int g = 0;
    int slot = candidates.slot(candidates.to(g) - 1);
    int[] pins = Allocation.empty(regional.groupCount()).toArray();
    pins[g] = slot;
    Allocation allocation =
        FirstComeFirstServed.allocate(regional, candidates, new Allocation(pins));
    assertEquals(slot, allocation.slotOf(g));
    assertTrue(FeasibilityCheck.isFeasible(regional, allocation));
  }
}
