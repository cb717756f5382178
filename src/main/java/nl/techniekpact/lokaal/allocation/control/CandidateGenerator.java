package nl.techniekpact.lokaal.allocation.control;

import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Position;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.allocation.rules.DayRule;
import nl.techniekpact.lokaal.allocation.rules.LevelRule;
import nl.techniekpact.lokaal.allocation.rules.MaxGroupsRule;
import nl.techniekpact.lokaal.allocation.rules.ReachRule;
import nl.techniekpact.lokaal.allocation.rules.SeatsRule;
import nl.techniekpact.lokaal.allocation.rules.TravelKm;
import nl.techniekpact.lokaal.allocation.rules.WishPoints;

/**
 * Finds every group's candidate slots: a pair is a candidate exactly when the level, day and reach
 * rules hold and the group alone fits in the slot's seats and groups. Only hosts in grid cells near
 * the school are measured, and each host's distance is computed once for all its slots.
 */
public final class CandidateGenerator {

  /** About 5 km: at national size a group's reach covers a few dozen cells. */
  private static final double CELL_DEGREES = 0.05;

  private CandidateGenerator() {}

  public static Candidates generate(AllocationProblem problem) {
    int hostCount = problem.hosts().size();
    int[][] slotsOfHost = slotsOfHost(problem);
    HostGrid grid = new HostGrid(problem.hosts(), CELL_DEGREES);
    Candidates.Builder builder = new Candidates.Builder(problem.groupCount());
    int[] hostMetres = new int[hostCount];
    int[] hostRank = new int[hostCount];
    Arrays.fill(hostRank, -1);
    int[] slots = new int[Math.max(16, problem.slotCount())];
    int[] metres = new int[slots.length];
    int[] points = new int[slots.length];
    int[] count = new int[1];
    for (int g = 0; g < problem.groupCount(); g++) {
      Group group = problem.group(g);
      Position school = problem.schoolOfGroup(g).position();
      int[] wished = wishedHosts(problem, group);
      // Backwards, so that a host wished twice keeps its best rank, as WishPoints.of does.
      for (int rank = wished.length - 1; rank >= 0; rank--) {
        hostRank[wished[rank]] = rank;
      }
      count[0] = 0;
      grid.forEachNear(
          school,
          group.maxKm(),
          h -> {
            double km = school.distanceKm(problem.hosts().get(h).position());
            if (!ReachRule.allows(group, km)) {
              return;
            }
            hostMetres[h] = TravelKm.metres(km);
            for (int t : slotsOfHost[h]) {
              Slot slot = problem.slot(t);
              if (LevelRule.allows(group, slot)
                  && SeatsRule.fits(group.pupils(), slot)
                  && MaxGroupsRule.fits(1, slot)
                  && DayRule.allows(group, slot)) {
                slots[count[0]++] = t;
              }
            }
          });
      int n = count[0];
      Arrays.sort(slots, 0, n);
      for (int k = 0; k < n; k++) {
        int h = problem.hostOf(slots[k]);
        metres[k] = hostMetres[h];
        points[k] = WishPoints.forRank(hostRank[h]);
      }
      builder.addGroup(g, slots, metres, points, n);
      for (int h : wished) {
        hostRank[h] = -1;
      }
    }
    return builder.build();
  }

  private static int[] wishedHosts(AllocationProblem problem, Group group) {
    return group.wishes().stream().mapToInt(problem::hostIndex).toArray();
  }

  private static int[][] slotsOfHost(AllocationProblem problem) {
    int[] counts = new int[problem.hosts().size()];
    for (int t = 0; t < problem.slotCount(); t++) {
      counts[problem.hostOf(t)]++;
    }
    int[][] slots = new int[counts.length][];
    for (int h = 0; h < counts.length; h++) {
      slots[h] = new int[counts[h]];
      counts[h] = 0;
    }
    for (int t = 0; t < problem.slotCount(); t++) {
      int h = problem.hostOf(t);
      slots[h][counts[h]++] = t;
    }
    return slots;
  }
}
