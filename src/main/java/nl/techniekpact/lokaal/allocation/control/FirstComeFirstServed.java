package nl.techniekpact.lokaal.allocation.control;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.search.Assignment;

/**
 * The baseline of FORMAT.md: groups in file order, each taking its best slot that still has room.
 * Best means most wish points, then the nearest host, then the earliest date, then the first slot
 * in file order, so the result is fixed by the files alone (and matches the baseline FORMAT.md
 * quotes). It is what organisers did by hand; the allocator is measured against it.
 */
public final class FirstComeFirstServed {

  private FirstComeFirstServed() {}

  public static Allocation allocate(AllocationProblem problem, Candidates candidates) {
    return allocate(problem, candidates, Allocation.empty(problem.groupCount()));
  }

  /** The same, after the pinned groups of {@code pins} have taken their slots. */
  public static Allocation allocate(
      AllocationProblem problem, Candidates candidates, Allocation pins) {
    Assignment assignment = new Assignment(problem, candidates);
    assignment.load(pins);
    for (int g = 0; g < problem.groupCount(); g++) {
      if (assignment.isPlaced(g)) {
        continue;
      }
      int best = -1;
      for (int pair = candidates.from(g); pair < candidates.to(g); pair++) {
        if (assignment.fits(g, candidates.slot(pair))
            && (best < 0 || better(problem, candidates, pair, best))) {
          best = pair;
        }
      }
      if (best >= 0) {
        assignment.place(g, best);
      }
    }
    return assignment.toAllocation();
  }

  /**
   * More points, shorter travel, earlier date; pairs come in slot order, so the earlier slot wins a
   * full tie.
   */
  private static boolean better(
      AllocationProblem problem, Candidates candidates, int pair, int best) {
    if (candidates.points(pair) != candidates.points(best)) {
      return candidates.points(pair) > candidates.points(best);
    }
    if (candidates.metres(pair) != candidates.metres(best)) {
      return candidates.metres(pair) < candidates.metres(best);
    }
    return problem
        .slot(candidates.slot(pair))
        .date()
        .isBefore(problem.slot(candidates.slot(best)).date());
  }
}
