package nl.techniekpact.lokaal.allocation.exact;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import nl.techniekpact.lokaal.allocation.bounds.SizeClassCuts;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.flow.SlotPairs;

/**
 * The allocation as a mixed-integer programme: one 0/1 variable per candidate pair, one per school
 * ("served"), and the hard rules as constraints (one slot per group; seats and max groups per slot;
 * a school counts as served only if one of its groups is placed). Level, day and reach need no
 * constraint: they decided which pairs exist. Pinned groups have their pair fixed to 1.
 */
final class MipModel {

  final MPSolver solver;
  final MPVariable[] pair;
  final MPVariable[] served;
  private final Candidates candidates;
  private final int[] groupOfPair;

  MipModel(MPSolver solver, AllocationProblem problem, Candidates candidates, int[] pinnedSlot) {
    this.solver = solver;
    this.candidates = candidates;
    groupOfPair = SlotPairs.groupOfPair(candidates);
    pair = new MPVariable[candidates.size()];
    served = new MPVariable[problem.schoolCount()];
    MPConstraint[] seats = new MPConstraint[problem.slotCount()];
    MPConstraint[] groups = new MPConstraint[problem.slotCount()];
    for (int t = 0; t < problem.slotCount(); t++) {
      seats[t] = solver.makeConstraint(0, problem.slot(t).capacityPupils(), "seats_" + t);
      groups[t] = solver.makeConstraint(0, problem.slot(t).maxGroups(), "groups_" + t);
    }
    MPConstraint[] school = new MPConstraint[problem.schoolCount()];
    for (int s = 0; s < problem.schoolCount(); s++) {
      served[s] = solver.makeBoolVar("served_" + s);
      school[s] = solver.makeConstraint(0, MPSolver.infinity(), "school_" + s);
      school[s].setCoefficient(served[s], -1);
    }
    for (int g = 0; g < problem.groupCount(); g++) {
      MPConstraint one = solver.makeConstraint(0, 1, "group_" + g);
      for (int i = candidates.from(g); i < candidates.to(g); i++) {
        int t = candidates.slot(i);
        pair[i] = solver.makeBoolVar("x_" + i);
        if (pinnedSlot[g] != Allocation.WAITING) {
          pair[i].setBounds(t == pinnedSlot[g] ? 1 : 0, t == pinnedSlot[g] ? 1 : 0);
        }
        one.setCoefficient(pair[i], 1);
        seats[t].setCoefficient(pair[i], problem.group(g).pupils());
        groups[t].setCoefficient(pair[i], 1);
        school[problem.schoolOf(g)].setCoefficient(pair[i], 1);
      }
    }
    addSizeClassCuts(problem);
  }

  /**
   * For each slot and class size q: at most floor(seats / q) of its groups can have q or more
   * pupils. Valid for every integer solution, and much stronger than the seats row in the LP
   * relaxation (which happily seats two and a half groups): with it the solver proves regional
   * optima quickly.
   */
  private void addSizeClassCuts(AllocationProblem problem) {
    int[][] pairsOfSlot = SlotPairs.of(candidates, problem.slotCount());
    for (int t = 0; t < problem.slotCount(); t++) {
      int[] pairs = pairsOfSlot[t];
      int[] sizes = new int[pairs.length];
      for (int k = 0; k < pairs.length; k++) {
        sizes[k] = problem.group(groupOfPair[pairs[k]]).pupils();
      }
      for (int[] cut :
          SizeClassCuts.of(sizes, problem.slot(t).capacityPupils(), problem.slot(t).maxGroups())) {
        MPConstraint row = solver.makeConstraint(0, cut[1], "size_" + t + "_" + cut[0]);
        for (int k = 0; k < pairs.length; k++) {
          if (sizes[k] >= cut[0]) {
            row.setCoefficient(pair[pairs[k]], 1);
          }
        }
      }
    }
  }

  /** The solver's current solution as an allocation. */
  Allocation solution(AllocationProblem problem) {
    int[] slots = new int[problem.groupCount()];
    for (int g = 0; g < slots.length; g++) {
      slots[g] = Allocation.WAITING;
      for (int i = candidates.from(g); i < candidates.to(g); i++) {
        if (pair[i].solutionValue() > 0.5) {
          slots[g] = candidates.slot(i);
        }
      }
    }
    return new Allocation(slots);
  }
}
