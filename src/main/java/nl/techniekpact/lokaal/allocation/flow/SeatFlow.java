package nl.techniekpact.lokaal.allocation.flow;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase.Status;
import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.control.NativeSolvers;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * The allocation as a min-cost flow, exact for slots split into seats of fixed sizes. Each slot is
 * divided into sub-slots (say 30 + 20 seats for a slot of 50 and two groups); a sub-slot takes one
 * group that fits in it. Sizes nest (a group fitting a small sub-slot fits every larger one), so
 * the sub-slots of a slot form a chain of nodes from small to large and a group enters the chain at
 * the smallest size it fits: one arc per candidate pair, however many sub-slots.
 *
 * <p>Source to school: the first unit earns the "school served" weight, further units nothing; this
 * concave bonus is what makes every school count first. School to group, group to slot chain (group
 * placed + wish points - travel), chain to sink; a source-to-sink arc is the waiting list. The
 * weights make the levels lexicographic (see {@link FlowWeights}).
 */
public final class SeatFlow {

  private final AllocationProblem problem;
  private final Candidates candidates;
  private final int[] groupOfPair;

  public SeatFlow(AllocationProblem problem, Candidates candidates) {
    this.problem = problem;
    this.candidates = candidates;
    groupOfPair = SlotPairs.groupOfPair(candidates);
  }

  /**
   * @param subSlots per slot, the sizes of its sub-slots in seats, largest first (empty: slot
   *     closed)
   * @param fixed per group, the slot it is pinned to (its seats already taken out of {@code
   *     subSlots}) or WAITING
   * @param weights the costs of the levels
   * @return the best allocation within the sub-slots, pinned groups included
   */
  public Allocation solve(int[][] subSlots, int[] fixed, FlowWeights weights) {
    NativeSolvers.load();
    int schools = problem.schoolCount();
    int groups = problem.groupCount();
    int source = 0;
    int sink = 1;
    int firstSchool = 2;
    int firstGroup = firstSchool + schools;
    int[] firstLevel = new int[problem.slotCount() + 1];
    int[][] levelSizes = new int[problem.slotCount()][];
    int[][] levelCounts = new int[problem.slotCount()][];
    firstLevel[0] = firstGroup + groups;
    for (int t = 0; t < problem.slotCount(); t++) {
      compress(subSlots[t], t, levelSizes, levelCounts);
      firstLevel[t + 1] = firstLevel[t] + levelSizes[t].length;
    }
    boolean[] servedByPin = new boolean[schools];
    int[] freeOfSchool = new int[schools];
    int free = 0;
    for (int g = 0; g < groups; g++) {
      if (fixed[g] != Allocation.WAITING) {
        servedByPin[problem.schoolOf(g)] = true;
      } else if (candidates.count(g) > 0) {
        freeOfSchool[problem.schoolOf(g)]++;
        free++;
      }
    }
    MinCostFlow flow =
        new MinCostFlow(
            firstLevel[problem.slotCount()],
            candidates.size()
                + groups
                + 2 * schools
                + 1
                + 2 * (firstLevel[problem.slotCount()] - firstLevel[0]));
    try {
      flow.setNodeSupply(source, free);
      flow.setNodeSupply(sink, -free);
      flow.addArcWithCapacityAndUnitCost(source, sink, free, 0);
      for (int s = 0; s < schools; s++) {
        int n = freeOfSchool[s];
        if (n > 0 && !servedByPin[s]) {
          flow.addArcWithCapacityAndUnitCost(source, firstSchool + s, 1, -weights.school());
          n--;
        }
        if (n > 0) {
          flow.addArcWithCapacityAndUnitCost(source, firstSchool + s, n, 0);
        }
      }
      int[] pairArc = new int[candidates.size()];
      Arrays.fill(pairArc, -1);
      for (int g = 0; g < groups; g++) {
        if (fixed[g] != Allocation.WAITING || candidates.count(g) == 0) {
          continue;
        }
        flow.addArcWithCapacityAndUnitCost(firstSchool + problem.schoolOf(g), firstGroup + g, 1, 0);
        int pupils = problem.group(g).pupils();
        for (int i = candidates.from(g); i < candidates.to(g); i++) {
          int t = candidates.slot(i);
          int level = entryLevel(levelSizes[t], pupils);
          if (level >= 0) {
            pairArc[i] =
                flow.addArcWithCapacityAndUnitCost(
                    firstGroup + g, firstLevel[t] + level, 1, -weights.pair(candidates, i));
          }
        }
      }
      for (int t = 0; t < problem.slotCount(); t++) {
        for (int k = 0; k < levelSizes[t].length; k++) {
          flow.addArcWithCapacityAndUnitCost(firstLevel[t] + k, sink, levelCounts[t][k], 0);
          if (k > 0) {
            // A group in a smaller level may use any larger sub-slot: flow runs from small to
            // large.
            flow.addArcWithCapacityAndUnitCost(
                firstLevel[t] + k, firstLevel[t] + k - 1, subSlots[t].length, 0);
          }
        }
      }
      Status status = flow.solve();
      if (status != Status.OPTIMAL) {
        throw new IllegalStateException("the seat flow ended with status " + status);
      }
      int[] slotOf = fixed.clone();
      for (int i = 0; i < pairArc.length; i++) {
        if (pairArc[i] >= 0 && flow.getFlow(pairArc[i]) > 0) {
          slotOf[groupOfPair[i]] = candidates.slot(i);
        }
      }
      return new Allocation(slotOf);
    } finally {
      flow.delete();
    }
  }

  /** Distinct sub-slot sizes of a slot, largest first, and how many sub-slots have each. */
  private static void compress(int[] sizes, int t, int[][] levelSizes, int[][] levelCounts) {
    int distinct = 0;
    for (int k = 0; k < sizes.length; k++) {
      if (k == 0 || sizes[k] != sizes[k - 1]) {
        distinct++;
      }
    }
    levelSizes[t] = new int[distinct];
    levelCounts[t] = new int[distinct];
    int d = -1;
    for (int k = 0; k < sizes.length; k++) {
      if (k == 0 || sizes[k] != sizes[k - 1]) {
        levelSizes[t][++d] = sizes[k];
      }
      levelCounts[t][d]++;
    }
  }

  /** The smallest level a group of this size fits in, or -1 when it fits none. */
  private static int entryLevel(int[] levelSizes, int pupils) {
    int level = -1;
    for (int k = 0; k < levelSizes.length && levelSizes[k] >= pupils; k++) {
      level = k;
    }
    return level;
  }
}
