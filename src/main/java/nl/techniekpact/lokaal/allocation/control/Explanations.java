package nl.techniekpact.lokaal.allocation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;

/**
 * Why a group got what it got, in Dutch words a teacher accepts: for every wish it ranked higher
 * than its placement, the hard rule that rules the wish out ("wens 1 heeft geen plaats op uw
 * dagen"), or, when the wish was possible but full, who has it and what giving it away would cost
 * ("... zou school X geen enkel bezoek overhouden").
 */
public final class Explanations {

  private Explanations() {}

  public static String explain(AllocationProblem problem, Allocation allocation, int g) {
    Group group = problem.group(g);
    int placedSlot = allocation.slotOf(g);
    String placedHost = placedSlot == Allocation.WAITING ? null : problem.slot(placedSlot).hostId();
    int placedRank = placedHost == null ? 0 : group.wishes().indexOf(placedHost) + 1;
    List<String> reasons = new ArrayList<>();
    reasons.add(
        placedHost == null
            ? "Op de wachtlijst."
            : "Geplaatst bij "
                + problem.hostOfSlot(placedSlot).name()
                + (placedRank > 0
                    ? " (wens " + placedRank + ")."
                    : " (geen wens; wel op uw dag en binnen bereik)."));
    int wishes = Math.min(5, group.wishes().size());
    for (int rank = 1; rank <= wishes && (placedRank == 0 || rank < placedRank); rank++) {
      String hostId = group.wishes().get(rank - 1);
      Host host = host(problem, hostId);
      if (host != null) {
        reasons.add(
            "Wens "
                + rank
                + " ("
                + host.name()
                + ") "
                + whyNot(problem, allocation, g, host)
                + ".");
      }
    }
    if (wishes == 0 && placedHost == null) {
      reasons.add("Er was geen plaats die past bij uw niveau, dagen en bereik.");
    }
    return String.join(" ", reasons);
  }

  private static Host host(AllocationProblem problem, String id) {
    return problem.hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElse(null);
  }

  private static String whyNot(AllocationProblem problem, Allocation allocation, int g, Host host) {
    Group group = problem.group(g);
    SchoolSite school = problem.schoolOfGroup(g);
    String hostId = host.id();
    List<Integer> slots = new ArrayList<>();
    for (int t = 0; t < problem.slotCount(); t++) {
      if (problem.slot(t).hostId().equals(hostId)) {
        slots.add(t);
      }
    }
    if (slots.stream().noneMatch(t -> problem.slot(t).levels().contains(group.level()))) {
      return "ontvangt geen " + group.level().dutchName();
    }
    if (slots.stream()
        .noneMatch(
            t -> fitsLevel(problem, t, group) && group.days().contains(problem.slot(t).date()))) {
      return "heeft geen plaats op uw dagen";
    }
    double km = school.position().distanceKm(host.position());
    if (!ReachRule.allows(group, km)) {
      return String.format(
          Locale.ROOT, "ligt %.1f km van school, verder dan uw %.1f km", km, group.maxKm());
    }
    List<Integer> possible =
        slots.stream()
            .filter(
                t -> fitsLevel(problem, t, group) && group.days().contains(problem.slot(t).date()))
            .toList();
    if (possible.stream().noneMatch(t -> problem.slot(t).capacityPupils() >= group.pupils())) {
      return "heeft geen plaats voor " + group.pupils() + " leerlingen";
    }
    for (int t : possible) {
      String onlyVisit = onlyVisitOfSchoolIn(problem, allocation, t);
      if (onlyVisit != null) {
        return "was vol: uw groep daar plaatsen zou " + onlyVisit + " zonder enig bezoek laten";
      }
    }
    return "was vol, met groepen die ook op hun dagen en binnen hun bereik geen betere plek hadden";
  }

  private static boolean fitsLevel(AllocationProblem problem, int t, Group group) {
    Slot slot = problem.slot(t);
    return slot.levels().contains(group.level());
  }

  /** The name of a school whose only placed group sits in this slot, if any. */
  private static String onlyVisitOfSchoolIn(
      AllocationProblem problem, Allocation allocation, int t) {
    for (int other = 0; other < problem.groupCount(); other++) {
      if (allocation.slotOf(other) != t) {
        continue;
      }
      int school = problem.schoolOf(other);
      boolean only = true;
      for (int h = 0; h < problem.groupCount() && only; h++) {
        only =
            h == other
                || problem.schoolOf(h) != school
                || allocation.slotOf(h) == Allocation.WAITING;
      }
      if (only) {
        return problem.schoolOfGroup(other).name();
      }
    }
    return null;
  }
}
