package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Progress;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import org.junit.jupiter.api.Test;

class AllocatorTest {

  private static final AllocationProblem SMALL = Editions.load("small");
  private static final AllocationProblem REGIONAL = Editions.load("regional");

  private final Allocator allocator = new Allocator();

  @Test
  void provesTheRegionalOptimumThatFormatMdQuotes() {
    List<Progress> progress = new ArrayList<>();
    AllocationResult result =
        allocator.allocate(AllocationRequest.of(REGIONAL).withProgress(progress::add));
    assertEquals(Method.MIP, result.method());
    assertEquals("schools=111 groups=238 points=713 km=2035.7", result.objective().toString());
    assertTrue(result.optimal());
    assertEquals(0.0, result.gapPoints());
    assertTrue(FeasibilityCheck.isFeasible(REGIONAL, result.allocation()));
    assertTrue(result.elapsed().toSeconds() < 10, () -> "took " + result.elapsed());
    assertEquals(Stage.DONE, progress.get(progress.size() - 1).stage());
  }

  @Test
  void placesTheSmallSampleFeasiblyAndBeatsTheBaseline() {
    AllocationResult result = allocator.allocate(AllocationRequest.of(SMALL));
    AllocationResult baseline =
        allocator.allocate(AllocationRequest.of(SMALL).withMethod(Method.FCFS));
    assertTrue(FeasibilityCheck.isFeasible(SMALL, result.allocation()));
    assertTrue(FeasibilityCheck.isFeasible(SMALL, baseline.allocation()));
    assertTrue(
        result.objective().compareTo(baseline.objective()) >= 0,
        () -> result.objective() + " vs " + baseline.objective());
  }

  @Test
  void choosesTheMipForRegionalEditionsAndTheFlowBeyond() {
    assertEquals(Method.MIP, Allocator.choose(REGIONAL, CandidateGenerator.generate(REGIONAL)));
    assertTrue(Allocator.MOST_MIP_GROUPS < 18_000);
  }

  @Test
  void listsEveryGroupInFileOrderWithItsSlotOrTheWaitingList() {
    AllocationResult result = allocator.allocate(AllocationRequest.of(SMALL));
    assertEquals(
        SMALL.groups().stream().map(g -> g.id()).toList(),
        result.placements().stream().map(p -> p.groupId()).toList());
  }

  @Test
  void keepsTheCandidateSlotsOfEveryGroupForExplanations() {
    AllocationResult result = allocator.allocate(AllocationRequest.of(SMALL));
    for (int g = 0; g < SMALL.groupCount(); g++) {
      if (result.allocation().isPlaced(g)) {
        assertTrue(result.candidates().isCandidate(g, result.allocation().slotOf(g)));
      }
    }
  }
}
