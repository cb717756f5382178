package nl.techniekpact.lokaal.allocation.search;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * The MIP of one {@link WindowSearch} window: the window's groups over the window's slots, with the
 * seats and groups that placements outside the window leave free, and a "served" variable only for
 * schools without a placed group outside the window (for the others the window changes nothing).
 */
final class WindowModel {

  private final MPSolver solver;
  private final Candidates candidates;
  private final int[] groups;
  private final int[][] pairs;
  private final MPVariable[][] x;
  private final MPVariable[] served;
  private final Map<Integer, MPVariable> servedOf = new TreeMap<>();
  private final int[] schoolOf;

  WindowModel(MPSolver solver, Assignment a, int[] slots, int[] groups, int[] inWindow, int stamp) {
    this.solver = solver;
    this.candidates = a.candidates;
    this.groups = groups;
    Map<Integer, Integer> local = new HashMap<>();
    MPConstraint[] seats = new MPConstraint[slots.length];
    MPConstraint[] count = new MPConstraint[slots.length];
    for (int k = 0; k < slots.length; k++) {
      int t = slots[k];
      local.put(t, k);
      int seatsLeft = a.freeSeats(t);
      int groupsLeft = a.freeGroups(t);
      for (int g : groups) {
        if (a.slotOf(g) == t) {
          seatsLeft += a.pupils(g);
          groupsLeft++;
        }
      }
      seats[k] = solver.makeConstraint(0, seatsLeft, "");
      count[k] = solver.makeConstraint(0, groupsLeft, "");
    }
    int[] placedInWindow = new int[a.problem.schoolCount()];
    for (int g : groups) {
      if (a.isPlaced(g)) {
        placedInWindow[a.problem.schoolOf(g)]++;
      }
    }
    // Sorted by school, so the model (and so the solver's path) is the same on every run.
    Map<Integer, MPConstraint> schoolRows = new TreeMap<>();
    schoolOf = new int[groups.length];
    pairs = new int[groups.length][];
    x = new MPVariable[groups.length][];
    for (int k = 0; k < groups.length; k++) {
      int g = groups[k];
      int s = a.problem.schoolOf(g);
      schoolOf[k] = s;
      boolean onlyHere = a.placedOfSchool(s) == placedInWindow[s];
      if (onlyHere && !schoolRows.containsKey(s)) {
        MPVariable y = solver.makeBoolVar("");
        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0, "");
        row.setCoefficient(y, 1);
        schoolRows.put(s, row);
        servedOf.put(s, y);
      }
      pairs[k] = pairsInWindow(g, inWindow, stamp);
      x[k] = new MPVariable[pairs[k].length];
      MPConstraint one = solver.makeConstraint(0, 1, "");
      for (int m = 0; m < pairs[k].length; m++) {
        int t = local.get(candidates.slot(pairs[k][m]));
        x[k][m] = solver.makeBoolVar("");
        one.setCoefficient(x[k][m], 1);
        seats[t].setCoefficient(x[k][m], a.pupils(g));
        count[t].setCoefficient(x[k][m], 1);
        if (onlyHere) {
          schoolRows.get(s).setCoefficient(x[k][m], -1);
        }
      }
    }
    served = servedOf.values().toArray(new MPVariable[0]);
  }

  private int[] pairsInWindow(int g, int[] inWindow, int stamp) {
    int[] own = new int[candidates.count(g)];
    int n = 0;
    for (int i = candidates.from(g); i < candidates.to(g); i++) {
      if (inWindow[candidates.slot(i)] == stamp) {
        own[n++] = i;
      }
    }
    return Arrays.copyOf(own, n);
  }

  /**
   * Schools, groups and points in one objective: a group outweighs all points in the window (5 per
   * group), a school all groups and points. A window has at most a few hundred groups, so the
   * weights stay small integers that a MIP solver handles exactly.
   */
  void setObjective() {
    MPObjective objective = solver.objective();
    for (MPVariable y : served) {
      objective.setCoefficient(y, schoolWeight());
    }
    for (int k = 0; k < groups.length; k++) {
      for (int m = 0; m < pairs[k].length; m++) {
        objective.setCoefficient(x[k][m], pairWeight(pairs[k][m]));
      }
    }
    objective.setMaximization();
  }

  private long groupWeight() {
    return 5L * groups.length + 1;
  }

  private long schoolWeight() {
    return (groups.length + 1L) * groupWeight();
  }

  private long pairWeight(int pair) {
    return groupWeight() + candidates.points(pair);
  }

  /** Only solutions worth more than the window's current pairs (-1: waiting) are feasible. */
  void requireBetterThan(int[] current) {
    long value = 0;
    java.util.Set<Integer> servedSchools = new java.util.HashSet<>();
    for (int k = 0; k < groups.length; k++) {
      if (current[k] >= 0) {
        value += pairWeight(current[k]);
        servedSchools.add(schoolOf[k]);
      }
    }
    MPConstraint better = solver.makeConstraint(0, MPSolver.infinity(), "better");
    for (int k = 0; k < groups.length; k++) {
      for (int m = 0; m < pairs[k].length; m++) {
        better.setCoefficient(x[k][m], pairWeight(pairs[k][m]));
      }
    }
    for (var entry : servedOf.entrySet()) {
      better.setCoefficient(entry.getValue(), schoolWeight());
      if (servedSchools.contains(entry.getKey())) {
        value += schoolWeight();
      }
    }
    better.setLb(value + 1);
  }

  /** The chosen pair of every window group, -1 for waiting. */
  int[] chosen() {
    int[] chosen = new int[groups.length];
    for (int k = 0; k < groups.length; k++) {
      chosen[k] = -1;
      for (int m = 0; m < pairs[k].length; m++) {
        if (x[k][m].solutionValue() > 0.5) {
          chosen[k] = pairs[k][m];
        }
      }
    }
    return chosen;
  }
}
