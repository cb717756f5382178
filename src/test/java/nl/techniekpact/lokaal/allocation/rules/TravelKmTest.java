package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Host;
import org.junit.jupiter.api.Test;

class TravelKmTest {

  @Test
  void roundsADistanceToWholeMetres() {
    assertEquals(12_346, TravelKm.metres(12.3456));
  }

  @Test
  void addsTheStraightLineDistanceOfEveryPlacedGroup() {
    AllocationProblem problem =
        Tiny.problem(
            List.of(Tiny.school("A")),
            List.of(Tiny.host("NEAR"), new Host("FAR", "Far", Tiny.WINTERSWIJK)),
            List.of(Tiny.slot("S1", "NEAR", 90, 3), Tiny.slot("S2", "FAR", 90, 3)),
            List.of(
                Tiny.group("G1", "A", 20), Tiny.group("G2", "A", 20), Tiny.group("G3", "A", 20)));
    long far = TravelKm.metres(Tiny.DOETINCHEM.distanceKm(Tiny.WINTERSWIJK));
    assertEquals(
        0 + far, TravelKm.total(problem, new Allocation(new int[] {0, 1, Allocation.WAITING})));
  }
}
