package nl.techniekpact.lokaal.allocation.bounds;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.flow.SlotPairs;
import nl.techniekpact.lokaal.allocation.flow.SubSlots;

/**
 * The rows of the LP relaxation and what one pair contributes to them, so {@link LpBound} can add a
 * pair as a column and price pairs that are not in the LP yet. Pinned groups are not columns: they
 * take their seats off the slots and count as served for their schools.
 */
final class LpRows {

  final AllocationProblem problem;
  final Candidates candidates;
  private final int[] fixed;
  final MPConstraint[] groupRow;
  final MPConstraint[] seatsRow;
  final MPConstraint[] countRow;
  final MPConstraint[] schoolRow;
  final MPConstraint[][] cutRows;
  final MPVariable[] served;
  final MPConstraint schoolsRow;
  final int[] freeSeats;
  final int[] mostGroups;
  final int[][] cutSizes;
  final int[][] cutLimits;
  final int[] pinnedOfSchool;

  /** Per slot its candidate pairs, and the group of every pair. */
  final int[][] pairsOfSlot;

  final int[] groupOfPair;
  private int pinnedGroups;
  private int pinnedPoints;

  LpRows(MPSolver solver, AllocationProblem problem, Candidates candidates, int[] fixed) {
    this.problem = problem;
    this.candidates = candidates;
    this.fixed = fixed;
    SubSlots subSlots = new SubSlots(problem, candidates, fixed);
    pinnedOfSchool = new int[problem.schoolCount()];
    freeSeats = new int[problem.slotCount()];
    mostGroups = new int[problem.slotCount()];
    for (int t = 0; t < freeSeats.length; t++) {
      freeSeats[t] = problem.slot(t).capacityPupils();
      mostGroups[t] = subSlots.mostGroups(t);
    }
    for (int g = 0; g < fixed.length; g++) {
      if (fixed[g] != Allocation.WAITING) {
        pinnedOfSchool[problem.schoolOf(g)]++;
        freeSeats[fixed[g]] -= problem.group(g).pupils();
        pinnedGroups++;
        pinnedPoints += candidates.points(candidates.pairOf(g, fixed[g]));
      }
    }
    groupRow = new MPConstraint[problem.groupCount()];
    for (int g = 0; g < groupRow.length; g++) {
      groupRow[g] = isFree(g) && candidates.count(g) > 0 ? solver.makeConstraint(0, 1, "") : null;
    }
    seatsRow = new MPConstraint[problem.slotCount()];
    countRow = new MPConstraint[problem.slotCount()];
    cutRows = new MPConstraint[problem.slotCount()][];
    cutSizes = new int[problem.slotCount()][];
    cutLimits = new int[problem.slotCount()][];
    pairsOfSlot = SlotPairs.of(candidates, problem.slotCount());
    groupOfPair = SlotPairs.groupOfPair(candidates);
    for (int t = 0; t < seatsRow.length; t++) {
      freeSeats[t] = Math.max(0, freeSeats[t]);
      seatsRow[t] = solver.makeConstraint(0, freeSeats[t], "");
      countRow[t] = solver.makeConstraint(0, mostGroups[t], "");
      int[] sizes = new int[pairsOfSlot[t].length];
      int n = 0;
      for (int i : pairsOfSlot[t]) {
        if (isFree(groupOfPair[i])) {
          sizes[n++] = problem.group(groupOfPair[i]).pupils();
        }
      }
      int[][] cuts = SizeClassCuts.of(Arrays.copyOf(sizes, n), freeSeats[t], mostGroups[t]);
      cutRows[t] = new MPConstraint[cuts.length];
      cutSizes[t] = new int[cuts.length];
      cutLimits[t] = new int[cuts.length];
      for (int k = 0; k < cuts.length; k++) {
        cutSizes[t][k] = cuts[k][0];
        cutLimits[t][k] = cuts[k][1];
        cutRows[t][k] = solver.makeConstraint(0, cuts[k][1], "");
      }
    }
    schoolRow = new MPConstraint[problem.schoolCount()];
    served = new MPVariable[problem.schoolCount()];
    schoolsRow = solver.makeConstraint(0, MPSolver.infinity(), "schools");
    for (int s = 0; s < schoolRow.length; s++) {
      served[s] = solver.makeNumVar(0, 1, "");
      // served - sum of its placed groups <= groups already pinned there.
      schoolRow[s] = solver.makeConstraint(-MPSolver.infinity(), pinnedOfSchool[s], "");
      schoolRow[s].setCoefficient(served[s], 1);
      schoolsRow.setCoefficient(served[s], 1);
    }
  }

  boolean isFree(int g) {
    return fixed[g] == Allocation.WAITING;
  }

  int pinnedGroups() {
    return pinnedGroups;
  }

  int pinnedPoints() {
    return pinnedPoints;
  }

  void requireSchools(int schools) {
    schoolsRow.setLb(schools);
  }

  /** Puts pair i of group g into every row it belongs to. */
  void enter(MPVariable x, int g, int i) {
    int t = candidates.slot(i);
    int pupils = problem.group(g).pupils();
    groupRow[g].setCoefficient(x, 1);
    seatsRow[t].setCoefficient(x, pupils);
    countRow[t].setCoefficient(x, 1);
    for (int k = 0; k < cutRows[t].length && cutSizes[t][k] <= pupils; k++) {
      cutRows[t][k].setCoefficient(x, 1);
    }
    schoolRow[problem.schoolOf(g)].setCoefficient(x, -1);
  }
}
