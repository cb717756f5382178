package nl.techniekpact.lokaal.allocation.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.techniekpact.lokaal.allocation.control.CandidateGenerator;
import nl.techniekpact.lokaal.allocation.control.Editions;
import nl.techniekpact.lokaal.allocation.control.FeasibilityCheck;
import nl.techniekpact.lokaal.allocation.control.FirstComeFirstServed;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import org.junit.jupiter.api.Test;

class SeatFlowTest {

  private final AllocationProblem regional = Editions.load("regional");
  private final Candidates candidates = CandidateGenerator.generate(regional);
  private final int[] none = Allocation.empty(regional.groupCount()).toArray();
  private final SubSlots subSlots = new SubSlots(regional, candidates, none);
  private final SeatFlow flow = new SeatFlow(regional, candidates);

  @Test
  void keepsEverySeatRuleWhenSlotsAreShapedAfterTheOverfullRelaxedFlow() {
    Allocation relaxed =
        flow.solve(subSlots.relaxed(), none, FlowWeights.withoutTravel(regional.groupCount()));
    Allocation allocation =
        flow.solve(
            subSlots.around(relaxed, none),
            none,
            FlowWeights.withTravel(regional.groupCount(), candidates));
    assertTrue(
        FeasibilityCheck.isFeasible(regional, allocation),
        () -> FeasibilityCheck.violations(regional, allocation).toString());
  }

  @Test
  void boundsTheProvenOptimumWhenSlotsCountOnlyGroups() {
    Objective relaxed =
        ObjectiveFunction.evaluate(
            regional,
            flow.solve(subSlots.relaxed(), none, FlowWeights.withoutTravel(regional.groupCount())));
    // The proven optimum of FORMAT.md: schools=111 groups=238 points=713.
    assertTrue(
        relaxed.schools() > 111 || relaxed.schools() == 111 && relaxed.groups() >= 238,
        relaxed::toString);
    assertTrue(
        relaxed.schools() > 111 || relaxed.groups() > 238 || relaxed.points() >= 713,
        relaxed::toString);
  }

  @Test
  void neverDoesWorseThanTheAllocationItsSplitWasShapedAfter() {
    Allocation start = FirstComeFirstServed.allocate(regional, candidates);
    Allocation around =
        flow.solve(
            subSlots.around(start, none),
            none,
            FlowWeights.withTravel(regional.groupCount(), candidates));
    assertTrue(FeasibilityCheck.isFeasible(regional, around));
    Objective before = ObjectiveFunction.evaluate(regional, start);
    Objective after = ObjectiveFunction.evaluate(regional, around);
    assertTrue(
        after.schools() > before.schools()
            || after.schools() == before.schools() && after.groups() >= before.groups(),
        () -> before + " -> " + after);
  }
}
