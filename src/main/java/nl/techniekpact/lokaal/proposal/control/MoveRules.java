package nl.techniekpact.lokaal.proposal.control;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.allocation.rules.DayRule;
import nl.techniekpact.lokaal.allocation.rules.LevelRule;
import nl.techniekpact.lokaal.allocation.rules.MaxGroupsRule;
import nl.techniekpact.lokaal.allocation.rules.ReachRule;
import nl.techniekpact.lokaal.allocation.rules.SeatsRule;

/**
 * The allocator's rules as they apply to one organiser moving one group, worded for the organiser.
 * Seats, groups per slot and level are hard: the visit cannot take place otherwise. Day and reach
 * are soft: the school may agree to another day or a longer trip, so an organiser may break them
 * for one group, giving the reason.
 */
public final class MoveRules {

  /**
   * One rule a move breaks: its message key and arguments, and whether an organiser may break it.
   */
  public record Refusal(String rule, String key, boolean soft, List<Object> args) {
    public Refusal {
      args = List.copyOf(args);
    }
  }

  private final AllocationProblem problem;
  private final int[] pupils;
  private final int[] groups;

  /** The slots' use in {@code allocation}, leaving out group {@code g} (the one that moves). */
  public MoveRules(AllocationProblem problem, Allocation allocation, int g) {
    this.problem = problem;
    pupils = new int[problem.slotCount()];
    groups = new int[problem.slotCount()];
    for (int other = 0; other < problem.groupCount(); other++) {
      int t = allocation.slotOf(other);
      if (other != g && t != Allocation.WAITING) {
        pupils[t] += problem.group(other).pupils();
        groups[t]++;
      }
    }
  }

  public int seatsLeft(int t) {
    return Math.max(0, problem.slot(t).capacityPupils() - pupils[t]);
  }

  public int groupsLeft(int t) {
    return Math.max(0, problem.slot(t).maxGroups() - groups[t]);
  }

  /**
   * Every rule moving group {@code g} (named {@code group}) to slot {@code t} (at {@code place})
   * breaks.
   */
  public List<Refusal> refusals(int g, int t, String group, String place) {
    Group wanted = problem.group(g);
    Slot offered = problem.slot(t);
    List<Refusal> refusals = new ArrayList<>();
    if (!LevelRule.allows(wanted, offered)) {
      refusals.add(
          new Refusal(
              LevelRule.NAME,
              "move.level",
              false,
              List.of(group, wanted.level(), place, List.copyOf(offered.levels()))));
    }
    if (!SeatsRule.fits(pupils[t] + wanted.pupils(), offered)) {
      refusals.add(
          new Refusal(
              SeatsRule.NAME,
              "move.seats",
              false,
              List.of(group, wanted.pupils(), place, seatsLeft(t))));
    }
    if (!MaxGroupsRule.fits(groups[t] + 1, offered)) {
      refusals.add(
          new Refusal(
              MaxGroupsRule.NAME,
              "move.groups",
              false,
              List.of(place, offered.maxGroups(), groups[t])));
    }
    if (!DayRule.allows(wanted, offered)) {
      refusals.add(
          new Refusal(
              DayRule.NAME,
              "move.day",
              true,
              List.of(group, offered.date().getDayOfWeek(), offered.date())));
    }
    double km = problem.schoolOfGroup(g).position().distanceKm(problem.hostOfSlot(t).position());
    if (!ReachRule.allows(wanted, km)) {
      refusals.add(
          new Refusal(
              ReachRule.NAME,
              "move.reach",
              true,
              List.of(group, place, tenths(km), tenths(wanted.maxKm()))));
    }
    return refusals;
  }

  /** Kilometres as organisers read them: to one decimal. */
  private static double tenths(double km) {
    return Math.round(km * 10) / 10.0;
  }
}
