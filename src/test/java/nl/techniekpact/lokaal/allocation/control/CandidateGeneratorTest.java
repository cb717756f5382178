package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.rules.TravelKm;
import nl.techniekpact.lokaal.allocation.rules.WishPoints;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTest {

  private final AllocationProblem regional = Editions.load("regional");
  private final Candidates candidates = CandidateGenerator.generate(regional);

  @Test
  void makesAPairExactlyWhenLevelDayReachAndSizeAllowIt() {
    int pairs = 0;
    for (int g = 0; g < regional.groupCount(); g++) {
      for (int t = 0; t < regional.slotCount(); t++) {
        boolean allowed = FeasibilityCheck.pairViolations(regional, g, t).isEmpty();
        assertEquals(
            allowed, candidates.isCandidate(g, t), () -> "group " + regional.group(0).id());
        pairs += allowed ? 1 : 0;
      }
    }
    assertEquals(pairs, candidates.size());
  }

  @Test
  void givesEveryPairItsWishPointsAndWholeMetres() {
    for (int g = 0; g < regional.groupCount(); g++) {
      for (int i = candidates.from(g); i < candidates.to(g); i++) {
        int t = candidates.slot(i);
        assertEquals(
            WishPoints.of(regional.group(g), regional.slot(t).hostId()), candidates.points(i));
        assertEquals(TravelKm.metres(regional, g, t), candidates.metres(i));
      }
    }
  }
}
