package nl.techniekpact.lokaal.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.exchange.control.EditionExporter;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.proposal.entity.ProposedPlacement;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * An edition's allocation proposal in the database: made from an allocator result, changed by hand
 * (every move checked against the allocator's rules, soft ones broken only with a reason, the
 * objective's change shown), and published as bookings. Joins the caller's transaction.
 */
@ApplicationScoped
public class Proposals {

  /** What a manual move did to the objective. */
  public record Move(Objective before, Objective after, List<MoveRules.Refusal> overridden) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject EditionExporter exporter;
  @Inject Bookings bookings;

  /** The edition as the allocator sees it: the same model the offline command reads from CSV. */
  public AllocationProblem problem(Edition edition) {
    return ProblemFromEdition.of(exporter.export(edition));
  }

  public List<ProposedPlacement> of(Edition edition) {
    return em.createNamedQuery(ProposedPlacement.OF_EDITION, ProposedPlacement.class)
        .setParameter("edition", edition)
        .getResultList();
  }

  public List<Pin> pins(Edition edition) {
    return of(edition).stream()
        .filter(ProposedPlacement::isPinned)
        .map(p -> new Pin(p.group().code(), p.slot().code()))
        .toList();
  }

  public Allocation current(Edition edition, AllocationProblem problem) {
    Allocation allocation = Allocation.empty(problem.groupCount());
    int[] slots = allocation.toArray();
    for (ProposedPlacement p : of(edition)) {
      if (p.slot() != null
          && problem.hasGroup(p.group().code())
          && problem.hasSlot(p.slot().code())) {
        slots[problem.groupIndex(p.group().code())] = problem.slotIndex(p.slot().code());
      }
    }
    return new Allocation(slots);
  }

  /** Replaces the proposal with the allocator's; pins stay pinned. */
  public void save(Edition edition, AllocationProblem problem, Allocation allocation) {
    Map<String, Boolean> pinned =
        of(edition).stream()
            .collect(Collectors.toMap(p -> p.group().code(), ProposedPlacement::isPinned));
    em.createNamedQuery(ProposedPlacement.DELETE_OF_EDITION)
        .setParameter("edition", edition.id())
        .executeUpdate();
    Map<String, ClassGroup> groups = groups(edition);
    Map<String, VisitSlot> slots = slots(edition);
    Explanations explanations = Explanations.of(problem, allocation);
    for (int g = 0; g < problem.groupCount(); g++) {
      int t = allocation.slotOf(g);
      ProposedPlacement placement =
          new ProposedPlacement(
              groups.get(problem.group(g).id()),
              t == Allocation.WAITING ? null : slots.get(problem.slot(t).id()),
              explanations.explain(g));
      placement.pin(
          Boolean.TRUE.equals(pinned.get(problem.group(g).id())) && t != Allocation.WAITING);
      em.persist(placement);
    }
    if (edition.status() != EditionStatus.ALLOCATED) {
      edition.markAllocated();
    }
  }

  /**
   * Where one group may go: every slot of the edition with the rules a move there breaks and what
   * is left of it. An option without refusals is allowed; one with only soft refusals needs a
   * reason.
   */
  public record Option(
      VisitSlot slot,
      boolean current,
      int seatsLeft,
      int groupsLeft,
      List<MoveRules.Refusal> refusals) {

    public boolean allowed() {
      return refusals.isEmpty();
    }

    public boolean overridable() {
      return !refusals.isEmpty() && refusals.stream().allMatch(MoveRules.Refusal::soft);
    }
  }

  /** Every slot of the edition as an option for {@code group}, by place, day and time. */
  public List<Option> options(Edition edition, ClassGroup group) {
    requireAllocated(edition);
    AllocationProblem problem = problem(edition);
    int g = groupIndex(problem, group);
    Allocation current = current(edition, problem);
    MoveRules rules = new MoveRules(problem, current, g);
    List<Option> options = new ArrayList<>();
    for (VisitSlot slot : slots(edition).values()) {
      if (!problem.hasSlot(slot.code())) {
        continue;
      }
      int t = problem.slotIndex(slot.code());
      options.add(
          new Option(
              slot,
              current.slotOf(g) == t,
              rules.seatsLeft(t),
              rules.groupsLeft(t),
              rules.refusals(g, t, group.name(), slot.placeName())));
    }
    options.sort(
        Comparator.comparing((Option o) -> o.slot().placeName())
            .thenComparing(o -> o.slot().day())
            .thenComparing(o -> o.slot().window().start()));
    return options;
  }

  /**
   * A fingerprint of the proposal (every group's slot and pin): a move names the one it was chosen
   * in, so a move on a proposal that changed meanwhile, or the same move sent twice, is refused.
   */
  public String version(Edition edition) {
    StringBuilder all = new StringBuilder();
    for (ProposedPlacement p : of(edition)) {
      all.append(p.group().id())
          .append(':')
          .append(p.slot() == null ? "-" : p.slot().id())
          .append(p.isPinned() ? "!" : "")
          .append(';');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Moves a group by hand (null slot: waiting list) and pins it if asked. Hard rules are never
   * broken; soft ones (day, reach) only with the organiser's reason, and such a placement is not
   * pinned, as the next allocation run holds every rule again. Returns the rules it broke.
   */
  public Move move(
      Edition edition,
      ClassGroup group,
      VisitSlot slot,
      boolean pin,
      String overrideReason,
      String version) {
    em.find(Edition.class, edition.id(), LockModeType.PESSIMISTIC_WRITE);
    requireAllocated(edition);
    if (!version(edition).equals(version)) {
      throw new StateConflictException("proposal.stale");
    }
    AllocationProblem problem = problem(edition);
    int g = groupIndex(problem, group);
    Allocation before = current(edition, problem);
    int[] slots = before.toArray();
    List<MoveRules.Refusal> broken = List.of();
    if (slot == null) {
      slots[g] = Allocation.WAITING;
    } else {
      if (!slot.edition().equals(edition) || !problem.hasSlot(slot.code())) {
        throw new InvalidValueException("slotId", "move.notOffered");
      }
      int t = problem.slotIndex(slot.code());
      broken = new MoveRules(problem, before, g).refusals(g, t, group.name(), slot.placeName());
      refuse(broken, overrideReason, pin);
      slots[g] = t;
    }
    Allocation after = new Allocation(slots);
    save(edition, problem, after);
    of(edition).stream()
        .filter(p -> p.group().equals(group))
        .findFirst()
        .ifPresent(p -> p.pin(pin && slot != null));
    return new Move(
        ObjectiveFunction.evaluate(problem, before),
        ObjectiveFunction.evaluate(problem, after),
        broken);
  }

  /** Refuses a move that breaks a hard rule, or a soft one without a reason or with a pin. */
  private static void refuse(List<MoveRules.Refusal> broken, String reason, boolean pin) {
    if (broken.isEmpty()) {
      return;
    }
    List<InvalidValueException.Violation> refused = new ArrayList<>();
    boolean hard = broken.stream().anyMatch(r -> !r.soft());
    for (MoveRules.Refusal r : broken) {
      if (!r.soft() || !hard) {
        refused.add(new InvalidValueException.Violation("slotId", r.key(), r.args()));
      }
    }
    if (hard) {
      throw new InvalidValueException(refused);
    }
    if (reason == null || reason.isBlank()) {
      refused.add(
          new InvalidValueException.Violation("overrideReason", "move.reasonRequired", List.of()));
      throw new InvalidValueException(refused);
    }
    if (pin) {
      throw new InvalidValueException("pinned", "move.pinOverride");
    }
  }

  private static void requireAllocated(Edition edition) {
    if (edition.status() != EditionStatus.ALLOCATED) {
      throw new StateConflictException("proposal.notAllocated");
    }
  }

  private static int groupIndex(AllocationProblem problem, ClassGroup group) {
    if (!problem.hasGroup(group.code())) {
      throw new StateConflictException("proposal.groupNotAllocated", group.name());
    }
    return problem.groupIndex(group.code());
  }

  /**
   * Turns every placement into a confirmed booking (each fires its confirmation) and publishes the
   * edition.
   */
  public int publish(Edition edition) {
    requireAllocated(edition);
    int booked = 0;
    for (ProposedPlacement p : of(edition)) {
      if (p.slot() != null) {
        bookings.book(p.slot(), p.group(), p.group().pupils(), false);
        booked++;
      }
    }
    edition.publish();
    return booked;
  }

  private Map<String, ClassGroup> groups(Edition edition) {
    return em.createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
        .setParameter("edition", edition)
        .getResultStream()
        .collect(
            Collectors.toMap(ClassGroup::code, Function.identity(), (a, b) -> a, HashMap::new));
  }

  private Map<String, VisitSlot> slots(Edition edition) {
    return em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
        .setParameter("edition", edition)
        .getResultStream()
        .collect(Collectors.toMap(VisitSlot::code, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
