package nl.techniekpact.lokaal.allocation.search;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;

/**
 * Large-neighbourhood search around one waiting group: the slots it could take and the slots their
 * groups could take form a window; everything outside stays, everything inside is re-solved exactly
 * by a small MIP (schools, groups and points in one objective; travel is left to the other moves).
 * This finds re-packings that no chain of single moves reaches, such as two small classes making
 * room for a large one. A result is only kept when the exact objective says it is better.
 */
final class WindowSearch {

  /** Windows of this many slots find nearly all that larger ones find, in less time. */
  private static final int MOST_SLOTS = 200;

  private final Assignment assignment;
  private final Candidates candidates;
  private final boolean[] pinned;
  private final long millisPerWindow;
  private final int[] inWindow;
  private final long[] failedAt;
  private int stamp;

  WindowSearch(Assignment assignment, boolean[] pinned, long millisPerWindow) {
    this.assignment = assignment;
    this.candidates = assignment.candidates;
    this.pinned = pinned;
    this.millisPerWindow = millisPerWindow;
    inWindow = new int[assignment.problem.slotCount()];
    failedAt = new long[assignment.problem.groupCount()];
    java.util.Arrays.fill(failedAt, -1);
  }

  /**
   * Re-solves the window around waiting group g; true when the allocation got better. A window that
   * did not help before is skipped until one of its slots has changed: the answer would be the
   * same.
   */
  boolean improveAround(int g) {
    stamp++;
    int[] slots = window(g);
    if (failedAt[g] >= 0 && unchangedSince(slots, failedAt[g])) {
      return false;
    }
    int[] groups = groupsOf(slots, g);
    Objective before = assignment.objective();
    int[] previous = new int[groups.length];
    for (int k = 0; k < groups.length; k++) {
      previous[k] = assignment.pairOf(groups[k]);
    }
    int[] chosen = solve(slots, groups, previous);
    if (chosen != null) {
      place(groups, chosen);
      if (assignment.objective().isBetterThan(before)) {
        return true;
      }
      place(groups, previous);
    }
    failedAt[g] = assignment.clock();
    return false;
  }

  private boolean unchangedSince(int[] slots, long time) {
    for (int t : slots) {
      if (assignment.changedAt(t) > time) {
        return false;
      }
    }
    return true;
  }

  private void place(int[] groups, int[] pairs) {
    for (int h : groups) {
      if (assignment.isPlaced(h)) {
        assignment.remove(h);
      }
    }
    for (int k = 0; k < groups.length; k++) {
      if (pairs[k] >= 0) {
        assignment.place(groups[k], pairs[k]);
      }
    }
  }

  /**
   * The candidate slots of g, then those of the groups in them, up to a size a MIP solves in a
   * moment.
   */
  private int[] window(int g) {
    int[] slots = new int[MOST_SLOTS];
    int n = 0;
    for (int i = candidates.from(g); i < candidates.to(g) && n < MOST_SLOTS; i++) {
      n = add(slots, n, candidates.slot(i));
    }
    // Breadth first: the slots of the groups in the slots found so far, until the window is full.
    for (int k = 0; k < n && n < MOST_SLOTS; k++) {
      for (int m = 0; m < assignment.groupsIn(slots[k]); m++) {
        int h = assignment.member(slots[k], m);
        for (int i = candidates.from(h); i < candidates.to(h) && n < MOST_SLOTS; i++) {
          n = add(slots, n, candidates.slot(i));
        }
      }
    }
    return Arrays.copyOf(slots, n);
  }

  private int add(int[] slots, int n, int t) {
    if (inWindow[t] == stamp) {
      return n;
    }
    inWindow[t] = stamp;
    slots[n] = t;
    return n + 1;
  }

  /** Groups in the window's slots that may move, and waiting groups that could enter it. */
  private int[] groupsOf(int[] slots, int g) {
    int[] groups = new int[64];
    int n = 0;
    for (int t : slots) {
      for (int m = 0; m < assignment.groupsIn(t); m++) {
        int h = assignment.member(t, m);
        if (!pinned[h]) {
          groups = grow(groups, n);
          groups[n++] = h;
        }
      }
    }
    groups = grow(groups, n);
    groups[n++] = g;
    return Arrays.copyOf(groups, n);
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }

  /** The best pair per window group (-1: waiting), or null when nothing beats the current pairs. */
  private int[] solve(int[] slots, int[] groups, int[] current) {
    MPSolver solver = MPSolver.createSolver("CBC");
    MPSolverParameters parameters = new MPSolverParameters();
    try {
      solver.setNumThreads(1);
      WindowModel model = new WindowModel(solver, assignment, slots, groups, inWindow, stamp);
      model.setObjective();
      // Asking for better than now turns most fruitless windows into an infeasible root LP: a quick
      // no.
      model.requireBetterThan(current);
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      solver.setTimeLimit(millisPerWindow);
      ResultStatus status = solver.solve(parameters);
      return status == ResultStatus.OPTIMAL || status == ResultStatus.FEASIBLE
          ? model.chosen()
          : null;
    } finally {
      parameters.delete();
      solver.delete();
    }
  }
}
