package nl.techniekpact.lokaal.allocation.search;

import java.util.Arrays;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.rules.MaxGroupsRule;
import nl.techniekpact.lokaal.allocation.rules.SeatsRule;

/**
 * A mutable allocation that solvers change move by move. It keeps what the seats and max-groups
 * rules and the objective need (pupils and groups per slot, placed groups per school, the four
 * terms) up to date, so checking and scoring a move costs a few array reads.
 */
public final class Assignment {

  final AllocationProblem problem;
  final Candidates candidates;
  private final int[] pairOfGroup;
  private final int[] pupilsIn;
  private final int[] groupsIn;
  private final int[] placedOfSchool;
  private final int[] pupils;
  private final int[] capacity;
  private final int[] maxGroups;
  private final int[] memberStart;
  private final int[] members;
  private final long[] changedAt;
  private long clock;
  private int schools;
  private int groups;
  private int points;
  private long metres;

  public Assignment(AllocationProblem problem, Candidates candidates) {
    this.problem = problem;
    this.candidates = candidates;
    pairOfGroup = new int[problem.groupCount()];
    Arrays.fill(pairOfGroup, -1);
    pupilsIn = new int[problem.slotCount()];
    groupsIn = new int[problem.slotCount()];
    placedOfSchool = new int[problem.schoolCount()];
    pupils = new int[problem.groupCount()];
    for (int g = 0; g < pupils.length; g++) {
      pupils[g] = problem.group(g).pupils();
    }
    capacity = new int[problem.slotCount()];
    maxGroups = new int[problem.slotCount()];
    for (int t = 0; t < capacity.length; t++) {
      capacity[t] = problem.slot(t).capacityPupils();
      maxGroups[t] = problem.slot(t).maxGroups();
    }
    memberStart = new int[problem.slotCount() + 1];
    for (int t = 0; t < maxGroups.length; t++) {
      memberStart[t + 1] = memberStart[t] + maxGroups[t];
    }
    members = new int[memberStart[maxGroups.length]];
    changedAt = new long[problem.slotCount()];
  }

  /** Takes over an allocation whose every placement is a candidate pair. */
  public void load(Allocation allocation) {
    for (int g = 0; g < problem.groupCount(); g++) {
      if (isPlaced(g)) {
        remove(g);
      }
      if (allocation.isPlaced(g)) {
        int pair = candidates.pairOf(g, allocation.slotOf(g));
        if (pair < 0) {
          throw new IllegalArgumentException(
              "group "
                  + problem.group(g).id()
                  + " cannot take slot "
                  + problem.slot(allocation.slotOf(g)).id());
        }
        place(g, pair);
      }
    }
  }

  public boolean isPlaced(int g) {
    return pairOfGroup[g] >= 0;
  }

  int pairOf(int g) {
    return pairOfGroup[g];
  }

  int slotOf(int g) {
    return pairOfGroup[g] < 0 ? Allocation.WAITING : candidates.slot(pairOfGroup[g]);
  }

  int pupils(int g) {
    return pupils[g];
  }

  int freeSeats(int t) {
    return capacity[t] - pupilsIn[t];
  }

  int freeGroups(int t) {
    return maxGroups[t] - groupsIn[t];
  }

  int groupsIn(int t) {
    return groupsIn[t];
  }

  /**
   * The k-th group now in slot t, for 0 <= k < groupsIn(t); the order changes as groups come and
   * go.
   */
  int member(int t, int k) {
    return members[memberStart[t] + k];
  }

  int capacity(int t) {
    return capacity[t];
  }

  /**
   * Counts every change; with {@link #changedAt} a search can tell whether a slot changed since it
   * last looked.
   */
  long clock() {
    return clock;
  }

  long changedAt(int t) {
    return changedAt[t];
  }

  int placedOfSchool(int school) {
    return placedOfSchool[school];
  }

  /** Whether slot t has room for group g next to the groups it has now. */
  public boolean fits(int g, int t) {
    return SeatsRule.fits(pupilsIn[t] + pupils[g], problem.slot(t))
        && MaxGroupsRule.fits(groupsIn[t] + 1, problem.slot(t));
  }

  /** Whether slot t has room for group g once group out has left it. */
  boolean fitsInstead(int g, int out, int t) {
    return pupilsIn[t] - pupils[out] + pupils[g] <= capacity[t];
  }

  public void place(int g, int pair) {
    if (pairOfGroup[g] >= 0) {
      throw new IllegalStateException("group " + g + " is placed already");
    }
    int t = candidates.slot(pair);
    if (groupsIn[t] == maxGroups[t]) {
      throw new IllegalStateException("slot " + t + " is full");
    }
    pairOfGroup[g] = pair;
    changedAt[t] = ++clock;
    pupilsIn[t] += pupils[g];
    members[memberStart[t] + groupsIn[t]] = g;
    groupsIn[t]++;
    if (placedOfSchool[problem.schoolOf(g)]++ == 0) {
      schools++;
    }
    groups++;
    points += candidates.points(pair);
    metres += candidates.metres(pair);
  }

  void remove(int g) {
    int pair = pairOfGroup[g];
    int t = candidates.slot(pair);
    pairOfGroup[g] = -1;
    changedAt[t] = ++clock;
    pupilsIn[t] -= pupils[g];
    groupsIn[t]--;
    // Keep the members of a slot contiguous: the last one takes the leaving group's place.
    int last = memberStart[t] + groupsIn[t];
    for (int k = memberStart[t]; k < last; k++) {
      if (members[k] == g) {
        members[k] = members[last];
        break;
      }
    }
    if (--placedOfSchool[problem.schoolOf(g)] == 0) {
      schools--;
    }
    groups--;
    points -= candidates.points(pair);
    metres -= candidates.metres(pair);
  }

  void move(int g, int pair) {
    remove(g);
    place(g, pair);
  }

  Objective objective() {
    return new Objective(schools, groups, points, metres);
  }

  int points() {
    return points;
  }

  long metres() {
    return metres;
  }

  public Allocation toAllocation() {
    int[] slots = new int[pairOfGroup.length];
    for (int g = 0; g < slots.length; g++) {
      slots[g] = slotOf(g);
    }
    return new Allocation(slots);
  }
}
