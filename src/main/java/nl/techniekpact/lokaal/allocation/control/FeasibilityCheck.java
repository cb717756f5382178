package nl.techniekpact.lokaal.allocation.control;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.allocation.entity.Violation;
import nl.techniekpact.lokaal.allocation.rules.DayRule;
import nl.techniekpact.lokaal.allocation.rules.LevelRule;
import nl.techniekpact.lokaal.allocation.rules.MaxGroupsRule;
import nl.techniekpact.lokaal.allocation.rules.OneSlotPerGroupRule;
import nl.techniekpact.lokaal.allocation.rules.ReachRule;
import nl.techniekpact.lokaal.allocation.rules.SeatsRule;

/**
 * Checks an allocation against every hard rule, independently of how it was made: tests run it on
 * every solver's result, and an organiser's manual move or pin is checked by it before it counts.
 */
public final class FeasibilityCheck {

  /** Placements that name a group or slot the problem does not have. */
  public static final String UNKNOWN_ID = "unknown_id";

  private FeasibilityCheck() {}

  public static boolean isFeasible(AllocationProblem problem, Allocation allocation) {
    return violations(problem, allocation).isEmpty();
  }

  public static List<Violation> violations(AllocationProblem problem, Allocation allocation) {
    if (allocation.groupCount() != problem.groupCount()) {
      throw new IllegalArgumentException(
          "allocation has "
              + allocation.groupCount()
              + " groups, the problem "
              + problem.groupCount());
    }
    return violations(problem, allocation.placements(problem));
  }

  /**
   * Every broken rule of a list of placements (waiting ones included or left out, as the caller
   * likes).
   */
  public static List<Violation> violations(AllocationProblem problem, List<Placement> placements) {
    List<Violation> violations = new ArrayList<>();
    List<Placement> placed = new ArrayList<>();
    int[] pupils = new int[problem.slotCount()];
    int[] groups = new int[problem.slotCount()];
    for (Placement p : placements) {
      if (!problem.hasGroup(p.groupId())) {
        violations.add(
            new Violation(
                UNKNOWN_ID,
                p.groupId(),
                p.slotId().orElse(""),
                "there is no group " + p.groupId()));
        continue;
      }
      if (p.isWaiting()) {
        continue;
      }
      String slotId = p.slotId().get();
      if (!problem.hasSlot(slotId)) {
        violations.add(
            new Violation(UNKNOWN_ID, p.groupId(), slotId, "there is no slot " + slotId));
        continue;
      }
      placed.add(p);
      int g = problem.groupIndex(p.groupId());
      int t = problem.slotIndex(slotId);
      violations.addAll(pairViolations(problem, g, t));
      pupils[t] += problem.group(g).pupils();
      groups[t]++;
    }
    for (String groupId : OneSlotPerGroupRule.groupsWithMoreThanOneSlot(placed)) {
      violations.add(
          new Violation(
              OneSlotPerGroupRule.NAME, groupId, "", OneSlotPerGroupRule.reason(groupId)));
    }
    for (int t = 0; t < problem.slotCount(); t++) {
      Slot slot = problem.slot(t);
      if (!SeatsRule.fits(pupils[t], slot)) {
        violations.add(
            new Violation(SeatsRule.NAME, "", slot.id(), SeatsRule.reason(pupils[t], slot)));
      }
      if (!MaxGroupsRule.fits(groups[t], slot)) {
        violations.add(
            new Violation(
                MaxGroupsRule.NAME, "", slot.id(), MaxGroupsRule.reason(groups[t], slot)));
      }
    }
    return violations;
  }

  /**
   * The rules one group and one slot break on their own: level, day, reach, and the group alone
   * fitting in the slot. A pair that breaks none is a candidate.
   */
  public static List<Violation> pairViolations(AllocationProblem problem, int g, int t) {
    Group group = problem.group(g);
    Slot slot = problem.slot(t);
    SchoolSite school = problem.schoolOfGroup(g);
    Host host = problem.hostOfSlot(t);
    List<Violation> violations = new ArrayList<>(0);
    if (!LevelRule.allows(group, slot)) {
      violations.add(
          new Violation(LevelRule.NAME, group.id(), slot.id(), LevelRule.reason(group, slot)));
    }
    if (!DayRule.allows(group, slot)) {
      violations.add(
          new Violation(DayRule.NAME, group.id(), slot.id(), DayRule.reason(group, slot)));
    }
    if (!ReachRule.allows(group, school, host)) {
      violations.add(
          new Violation(
              ReachRule.NAME, group.id(), slot.id(), ReachRule.reason(group, school, host)));
    }
    if (!SeatsRule.fits(group.pupils(), slot)) {
      violations.add(
          new Violation(
              SeatsRule.NAME, group.id(), slot.id(), SeatsRule.reason(group.pupils(), slot)));
    }
    if (!MaxGroupsRule.fits(1, slot)) {
      violations.add(
          new Violation(MaxGroupsRule.NAME, group.id(), slot.id(), MaxGroupsRule.reason(1, slot)));
    }
    return violations;
  }
}
