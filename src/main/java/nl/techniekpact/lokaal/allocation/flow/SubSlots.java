package nl.techniekpact.lokaal.allocation.flow;

import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * Ways to split each slot's free seats into sub-slots for {@link SeatFlow}. Pinned groups have
 * taken their seats first. Sizes are returned largest first.
 */
public final class SubSlots {

  private final AllocationProblem problem;
  private final int[] freeSeats;
  private final int[] freeGroups;
  private final int[][] candidateSizes;

  public SubSlots(AllocationProblem problem, Candidates candidates, int[] fixed) {
    this.problem = problem;
    freeSeats = new int[problem.slotCount()];
    freeGroups = new int[problem.slotCount()];
    for (int t = 0; t < freeSeats.length; t++) {
      freeSeats[t] = problem.slot(t).capacityPupils();
      freeGroups[t] = problem.slot(t).maxGroups();
    }
    for (int g = 0; g < fixed.length; g++) {
      if (fixed[g] != Allocation.WAITING) {
        freeSeats[fixed[g]] -= problem.group(g).pupils();
        freeGroups[fixed[g]]--;
      }
    }
    int[][] pairs = SlotPairs.of(candidates, problem.slotCount());
    int[] groupOfPair = SlotPairs.groupOfPair(candidates);
    candidateSizes = new int[problem.slotCount()][];
    for (int t = 0; t < pairs.length; t++) {
      int[] sizes = new int[pairs[t].length];
      int n = 0;
      for (int i : pairs[t]) {
        int g = groupOfPair[i];
        if (fixed[g] == Allocation.WAITING) {
          sizes[n++] = problem.group(g).pupils();
        }
      }
      candidateSizes[t] = Arrays.copyOf(sizes, n);
      Arrays.sort(candidateSizes[t]);
    }
  }

  /**
   * Most groups the slot can still take: its free groups, and no more of its smallest candidates
   * than fit.
   */
  public int mostGroups(int t) {
    int seats = freeSeats[t];
    int count = 0;
    for (int size : candidateSizes[t]) {
      if (count == freeGroups[t] || size > seats) {
        break;
      }
      seats -= size;
      count++;
    }
    return count;
  }

  /**
   * Every sub-slot as big as all free seats, as many as {@link #mostGroups} allows: a relaxation
   * (any feasible allocation fits it), so its optimum bounds schools, groups and points from above.
   */
  public int[][] relaxed() {
    int[][] sizes = new int[problem.slotCount()][];
    for (int t = 0; t < sizes.length; t++) {
      sizes[t] = new int[mostGroups(t)];
      Arrays.fill(sizes[t], freeSeats[t]);
    }
    return sizes;
  }

  /**
   * Sub-slots shaped after an allocation: one per group it placed (pins aside), of that group's
   * size, and the seats left over as one more sub-slot if the slot may take another group, else
   * added to the largest. A feasible allocation fits this split, so a flow over it can only do
   * better. An allocation that overfills slots (the relaxed flow's) gives up its largest groups
   * there first.
   */
  int[][] around(Allocation allocation, int[] fixed) {
    int[][] placed = placedSizes(allocation, fixed);
    int[][] sizes = new int[problem.slotCount()][];
    for (int t = 0; t < sizes.length; t++) {
      int[] taken = placed[t];
      Arrays.sort(taken);
      int left = freeSeats[t];
      int kept = 0;
      while (kept < taken.length && kept < freeGroups[t] && taken[kept] <= left) {
        left -= taken[kept++];
      }
      boolean another =
          kept < freeGroups[t] && candidateSizes[t].length > 0 && left >= candidateSizes[t][0];
      sizes[t] = Arrays.copyOf(taken, kept + (another ? 1 : 0));
      if (another) {
        sizes[t][kept] = left;
      } else if (kept > 0) {
        sizes[t][kept - 1] += left;
      }
      sortDescending(sizes[t]);
    }
    return sizes;
  }

  private int[][] placedSizes(Allocation allocation, int[] fixed) {
    int[] count = new int[problem.slotCount()];
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (fixed[g] == Allocation.WAITING && allocation.isPlaced(g)) {
        count[allocation.slotOf(g)]++;
      }
    }
    int[][] placed = new int[problem.slotCount()][];
    for (int t = 0; t < placed.length; t++) {
      placed[t] = new int[count[t]];
      count[t] = 0;
    }
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (fixed[g] == Allocation.WAITING && allocation.isPlaced(g)) {
        int t = allocation.slotOf(g);
        placed[t][count[t]++] = problem.group(g).pupils();
      }
    }
    return placed;
  }

  private static void sortDescending(int[] a) {
    Arrays.sort(a);
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }
}
