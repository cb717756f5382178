package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.allocation.entity.Stage;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator;
import nl.techniekpact.lokaal.proposal.control.ProblemFromEdition;
import org.junit.jupiter.api.Test;

/** How a run behaves: the same answer every time, and it stops when asked to. */
class AllocatorRunTest {

  private static final AllocationProblem REGIONAL = Editions.load("regional");

  /** A generated edition of 130 groups: the flow's windows and LP have something to do. */
  private static final AllocationProblem GENERATED =
      ProblemFromEdition.of(
          new TechWeekGenerator()
              .generate(TechWeekGenerator.Parameters.regional(11, "achterhoek-liemers")));

  private final Allocator allocator = new Allocator();

  @Test
  void givesTheSameAllocationWhenRunTwiceWithTheSameSeed() {
    for (Method method : new Method[] {Method.MIP, Method.FLOW}) {
      AllocationRequest request = AllocationRequest.of(GENERATED).withMethod(method).withSeed(7);
      assertEquals(
          allocator.allocate(request).allocation(),
          allocator.allocate(request).allocation(),
          method.code());
    }
  }

  @Test
  void flowKeepsEveryRuleAndStaysWithinItsBoundsOnTheRegionalSample() {
    AllocationResult result =
        allocator.allocate(AllocationRequest.of(REGIONAL).withMethod(Method.FLOW));
    assertTrue(FeasibilityCheck.isFeasible(REGIONAL, result.allocation()));
    // The bounds must hold for the proven optimum, schools=111 groups=238 points=713.
    assertTrue(result.bounds().schools() >= 111);
    assertTrue(result.bounds().groups() >= 238);
    assertTrue(result.bounds().points() >= 713);
    assertTrue(result.objective().points() <= result.bounds().points());
  }

  @Test
  void stopsTheMipWhenCancelled() {
    AtomicBoolean cancel = new AtomicBoolean();
    AllocationRequest request =
        AllocationRequest.of(REGIONAL)
            .withMethod(Method.MIP)
            .withCancellation(cancel::get)
            .withProgress(p -> cancel.set(p.stage() == Stage.MIP_GROUPS || cancel.get()));
    long started = System.nanoTime();
    assertThrows(CancellationException.class, () -> allocator.allocate(request));
    assertTrue((System.nanoTime() - started) / 1e9 < 10);
  }

  @Test
  void stopsTheFlowWhenCancelled() {
    AtomicBoolean cancel = new AtomicBoolean();
    AllocationRequest request =
        AllocationRequest.of(REGIONAL)
            .withMethod(Method.FLOW)
            .withCancellation(cancel::get)
            .withProgress(p -> cancel.set(p.stage() == Stage.FLOW || cancel.get()));
    assertThrows(CancellationException.class, () -> allocator.allocate(request));
  }

  @Test
  void stopsWhenTheCallingThreadIsInterrupted() {
    AllocationRequest request =
        AllocationRequest.of(REGIONAL).withProgress(p -> Thread.currentThread().interrupt());
    try {
      assertThrows(CancellationException.class, () -> allocator.allocate(request));
    } finally {
      Thread.interrupted();
    }
  }
}
