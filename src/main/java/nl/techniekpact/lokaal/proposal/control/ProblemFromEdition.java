package nl.techniekpact.lokaal.proposal.control;

import java.util.HashSet;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;

/**
 * Turns the interchange rows of an edition into the allocator's problem, keeping the files' order.
 */
public final class ProblemFromEdition {

  private ProblemFromEdition() {}

  public static AllocationProblem of(EditionFiles edition) {
    List<SchoolSite> schools =
        edition.schools().stream()
            .map(
                s ->
                    new SchoolSite(
                        s.id().value(),
                        s.name(),
                        new Position(s.location().latitude(), s.location().longitude())))
            .toList();
    List<Host> hosts =
        edition.companies().stream()
            .map(
                c ->
                    new Host(
                        c.id(),
                        c.name(),
                        new Position(c.location().latitude(), c.location().longitude())))
            .toList();
    List<Slot> slots =
        edition.slots().stream()
            .map(
                s ->
                    new Slot(
                        s.id(),
                        s.companyId(),
                        s.date(),
                        s.capacityPupils(),
                        s.maxGroups(),
                        s.levels().asSet()))
            .toList();
    List<Group> groups =
        edition.groups().stream()
            .map(
                g ->
                    new Group(
                        g.id(),
                        g.schoolId().value(),
                        g.level(),
                        g.pupils(),
                        new HashSet<>(g.days().asList()),
                        g.maxKm(),
                        g.preferences()))
            .toList();
    return new AllocationProblem(schools, hosts, slots, groups);
  }
}
