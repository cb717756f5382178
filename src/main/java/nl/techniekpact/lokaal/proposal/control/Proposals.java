package nl.techniekpact.lokaal.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.allocation.control.FeasibilityCheck;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Pin;
import nl.techniekpact.lokaal.allocation.entity.Violation;
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
 * (every move checked against the same hard rules as the allocator, the objective's change shown),
 * and published as bookings. Joins the caller's transaction.
 */
@ApplicationScoped
public class Proposals {

  /** What a manual move did to the objective. */
  public record Move(Objective before, Objective after) {}

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
   * Moves a group by hand (null slot: waiting list), if every hard rule still holds; pins it if
   * asked.
   */
  public Move move(Edition edition, ClassGroup group, VisitSlot slot, boolean pin) {
    if (edition.status() != EditionStatus.ALLOCATED) {
      throw new StateConflictException(
          "groups can be moved in a proposal, while the edition is ALLOCATED, not "
              + edition.status());
    }
    AllocationProblem problem = problem(edition);
    Allocation before = current(edition, problem);
    int[] slots = before.toArray();
    slots[problem.groupIndex(group.code())] =
        slot == null ? Allocation.WAITING : problem.slotIndex(slot.code());
    Allocation after = new Allocation(slots);
    List<Violation> broken =
        FeasibilityCheck.violations(problem, after).stream()
            .filter(
                v ->
                    v.groupId().equals(group.code())
                        || slot != null && v.slotId().equals(slot.code()))
            .toList();
    if (!broken.isEmpty()) {
      throw new InvalidValueException(
          "slotId",
          "this move breaks a rule: "
              + broken.stream().map(Violation::reason).collect(Collectors.joining("; ")));
    }
    save(edition, problem, after);
    of(edition).stream()
        .filter(p -> p.group().equals(group))
        .findFirst()
        .ifPresent(p -> p.pin(pin && slot != null));
    return new Move(
        ObjectiveFunction.evaluate(problem, before), ObjectiveFunction.evaluate(problem, after));
  }

  /**
   * Turns every placement into a confirmed booking (each fires its confirmation) and publishes the
   * edition.
   */
  public int publish(Edition edition) {
    if (edition.status() != EditionStatus.ALLOCATED) {
      throw new StateConflictException(
          "only an allocated edition can be published, not " + edition.status());
    }
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
