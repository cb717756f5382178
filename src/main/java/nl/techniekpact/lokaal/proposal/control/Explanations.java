package nl.techniekpact.lokaal.proposal.control;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.rules.ReachRule;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.proposal.entity.Explanation;

/**
 * Why a group got what it got, in words a teacher accepts: for every wish it ranked higher than its
 * placement, the hard rule that rules the wish out ("wens 1 heeft geen plaats op uw dagen"), or,
 * when the wish was possible but full, who has it and what giving it away would cost ("... zou
 * school X geen enkel bezoek overhouden"). The words are in {@code explanations*.properties}, in
 * Dutch, English and German; one instance explains every group of one allocation.
 */
public final class Explanations {

  private static final String BUNDLE = "nl.techniekpact.lokaal.proposal.control.explanations";
  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.GERMAN);

  /** The words of each language, in the order of {@link #LANGUAGES}; Dutch is the base bundle. */
  private static final List<ResourceBundle> WORDS =
      LANGUAGES.stream()
          .map(
              language ->
                  ResourceBundle.getBundle(
                      BUNDLE,
                      language,
                      ResourceBundle.Control.getNoFallbackControl(
                          ResourceBundle.Control.FORMAT_PROPERTIES)))
          .toList();

  /** The teacher ranks up to five wishes. */
  private static final int MOST_WISHES = 5;

  private final AllocationProblem problem;
  private final Allocation allocation;
  private final Map<String, Host> hosts;
  private final Map<String, List<Integer>> slotsOfHost = new HashMap<>();
  private final List<List<Integer>> groupsInSlot = new ArrayList<>();
  private final int[] placedOfSchool;

  private Explanations(AllocationProblem problem, Allocation allocation) {
    this.problem = problem;
    this.allocation = allocation;
    hosts = problem.hosts().stream().collect(Collectors.toMap(Host::id, h -> h, (a, b) -> a));
    for (int t = 0; t < problem.slotCount(); t++) {
      slotsOfHost.computeIfAbsent(problem.slot(t).hostId(), h -> new ArrayList<>()).add(t);
      groupsInSlot.add(new ArrayList<>());
    }
    placedOfSchool = new int[problem.schoolCount()];
    for (int g = 0; g < problem.groupCount(); g++) {
      if (allocation.isPlaced(g)) {
        groupsInSlot.get(allocation.slotOf(g)).add(g);
        placedOfSchool[problem.schoolOf(g)]++;
      }
    }
  }

  public static Explanations of(AllocationProblem problem, Allocation allocation) {
    return new Explanations(problem, allocation);
  }

  public Explanation explain(int g) {
    List<Message> reasons = reasons(g);
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < LANGUAGES.size(); k++) {
      ResourceBundle words = WORDS.get(k);
      Locale language = LANGUAGES.get(k);
      texts.add(reasons.stream().map(m -> m.in(words, language)).collect(Collectors.joining(" ")));
    }
    return new Explanation(texts.get(0), texts.get(1), texts.get(2));
  }

  private List<Message> reasons(int g) {
    Group group = problem.group(g);
    int placedSlot = allocation.slotOf(g);
    String placedHost = placedSlot == Allocation.WAITING ? null : problem.slot(placedSlot).hostId();
    int placedRank = placedHost == null ? 0 : group.wishes().indexOf(placedHost) + 1;
    List<Message> reasons = new ArrayList<>();
    if (placedHost == null) {
      reasons.add(new Message("waiting"));
    } else {
      String name = problem.hostOfSlot(placedSlot).name();
      reasons.add(
          placedRank > 0
              ? new Message("placed.wish", name, placedRank)
              : new Message("placed.other", name));
    }
    int wishes = Math.min(MOST_WISHES, group.wishes().size());
    for (int rank = 1; rank <= wishes && (placedRank == 0 || rank < placedRank); rank++) {
      Host host = hosts.get(group.wishes().get(rank - 1));
      if (host != null) {
        reasons.add(new Message("wish", rank, host.name(), whyNot(g, host)));
      }
    }
    if (wishes == 0 && placedHost == null) {
      reasons.add(new Message("none"));
    }
    return reasons;
  }

  /** The first hard rule that rules the host out for the group, or who holds its places. */
  private Message whyNot(int g, Host host) {
    Group group = problem.group(g);
    List<Integer> slots = slotsOfHost.getOrDefault(host.id(), List.of());
    List<Integer> ofLevel =
        slots.stream().filter(t -> problem.slot(t).levels().contains(group.level())).toList();
    if (ofLevel.isEmpty()) {
      return new Message("why.level", group.level());
    }
    List<Integer> possible =
        ofLevel.stream().filter(t -> group.days().contains(problem.slot(t).date())).toList();
    if (possible.isEmpty()) {
      return new Message("why.days");
    }
    double km = problem.schoolOfGroup(g).position().distanceKm(host.position());
    if (!ReachRule.allows(group, km)) {
      return new Message("why.reach", km, group.maxKm());
    }
    if (possible.stream().noneMatch(t -> problem.slot(t).capacityPupils() >= group.pupils())) {
      return new Message("why.seats", group.pupils());
    }
    for (int t : possible) {
      for (int other : groupsInSlot.get(t)) {
        if (placedOfSchool[problem.schoolOf(other)] == 1) {
          return new Message("why.only-visit", problem.schoolOfGroup(other).name());
        }
      }
    }
    return new Message("why.full");
  }

  /** One sentence or phrase, its words looked up per language; arguments may be messages too. */
  private record Message(String key, Object... arguments) {

    String in(ResourceBundle words, Locale language) {
      Object[] filled = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] instanceof Message m) {
          filled[i] = m.in(words, language);
        } else if (arguments[i] instanceof Level level) {
          filled[i] = words.getString("level." + level.name());
        } else {
          filled[i] = arguments[i];
        }
      }
      return new MessageFormat(words.getString(key), language).format(filled);
    }
  }
}
