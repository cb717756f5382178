package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.PinsRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllocatorPinsTest {

  private static final AllocationProblem SMALL = Editions.load("small");
  private final Allocator allocator = new Allocator();

  /**
   * A pin the optimum would not choose: the group's last candidate slot that its own optimum does
   * not use.
   */
  private Pin unusualPin(AllocationResult free) {
    Candidates candidates = free.candidates();
    for (int g = 0; g < SMALL.groupCount(); g++) {
      for (int i = candidates.to(g) - 1; i >= candidates.from(g); i--) {
        if (candidates.slot(i) != free.allocation().slotOf(g)) {
          return new Pin(SMALL.group(g).id(), SMALL.slot(candidates.slot(i)).id());
        }
      }
    }
    throw new IllegalStateException("no group has a second candidate slot");
  }

  @ParameterizedTest
  @EnumSource(
      value = Method.class,
      names = {"MIP", "FLOW", "FCFS"})
  void keepsAPinnedGroupInItsSlotAndAllocatesTheRestAroundIt(Method method) {
    Pin pin = unusualPin(allocator.allocate(AllocationRequest.of(SMALL)));
    AllocationResult result =
        allocator.allocate(AllocationRequest.of(SMALL).withPins(List.of(pin)).withMethod(method));
    assertEquals(
        pin.slotId(),
        result
            .allocation()
            .placements(SMALL)
            .get(SMALL.groupIndex(pin.groupId()))
            .slotId()
            .orElseThrow());
    assertTrue(FeasibilityCheck.isFeasible(SMALL, result.allocation()));
  }

  @Test
  void refusesAPinThatBreaksAHardRuleAndSaysWhich() {
    int g = 0;
    int t = 0;
    while (FeasibilityCheck.pairViolations(SMALL, g, t).isEmpty()) {
      t++;
    }
    Pin impossible = new Pin(SMALL.group(g).id(), SMALL.slot(t).id());
    PinsRejectedException e =
        assertThrows(
            PinsRejectedException.class,
            () -> allocator.allocate(AllocationRequest.of(SMALL).withPins(List.of(impossible))));
    assertEquals(FeasibilityCheck.pairViolations(SMALL, g, t), e.violations());
  }
}
