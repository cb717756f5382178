package nl.techniekpact.lokaal.allocation.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.techniekpact.lokaal.allocation.control.CandidateGenerator;
import nl.techniekpact.lokaal.allocation.control.Editions;
import nl.techniekpact.lokaal.allocation.control.FirstComeFirstServed;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import org.junit.jupiter.api.Test;

class LpBoundTest {

  private final AllocationProblem regional = Editions.load("regional");
  private final Candidates candidates = CandidateGenerator.generate(regional);
  private final int[] none = Allocation.empty(regional.groupCount()).toArray();

  @Test
  void columnGenerationReachesTheSameBoundsAsTheFullLp() {
    int[] generated;
    try (LpBound lp = new LpBound(regional, candidates, none, () -> false)) {
      lp.start(FirstComeFirstServed.allocate(regional, candidates));
      generated =
          new int[] {
            lp.groups(111, LpBound.EXACT, () -> true),
            lp.points(111, 238, LpBound.EXACT, () -> true)
          };
    }
    try (LpBound lp = new LpBound(regional, candidates, none, () -> false)) {
      lp.startWithAllPairs();
      assertEquals(lp.groups(111, LpBound.EXACT, () -> true), generated[0]);
      assertEquals(lp.points(111, 238, LpBound.EXACT, () -> true), generated[1]);
    }
  }

  @Test
  void provesTheRegionalOptimumOfGroupsAndPoints() {
    try (LpBound lp = new LpBound(regional, candidates, none, () -> false)) {
      lp.start(FirstComeFirstServed.allocate(regional, candidates));
      // With the size-class rows the LP is tight here: the MIP's optimum is 238 groups and 713
      // points.
      assertEquals(238, lp.groups(111, LpBound.EXACT, () -> true));
      assertEquals(713, lp.points(111, 238, LpBound.EXACT, () -> true));
    }
  }
}
