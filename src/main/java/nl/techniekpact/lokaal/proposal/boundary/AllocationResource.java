package nl.techniekpact.lokaal.proposal.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.allocation.control.AllocationRequest;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.Label;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.proposal.control.AllocationJobs;
import nl.techniekpact.lokaal.proposal.control.MoveRules;
import nl.techniekpact.lokaal.proposal.control.Proposals;
import nl.techniekpact.lokaal.proposal.entity.ProposedPlacement;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The allocation of a closed Week van de Techniek, for its organisers: start it (it runs in the
 * background), follow or cancel it, review the proposal group by group with explanations, see where
 * a group may go and why not elsewhere, move and pin groups by hand (breaking a soft rule only with
 * a reason, kept in the audit log), run again around the pins, and publish.
 */
@ApplicationScoped
@Path("editions/{id}/allocation")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AllocationResource {

  public static class MoveRequest {
    /** The slot to place the group in; none for the waiting list. */
    public Long slotId;

    /** Keep the group there when the allocation runs again. */
    public boolean pinned;

    /**
     * Why the organiser breaks a soft rule (day, reach) for this group; goes into the audit log.
     */
    @Size(max = 300)
    public String overrideReason;

    /** The proposal's version the move was chosen in (from the options or the summary). */
    @NotNull public String version;
  }

  /** One slot a group might move to, and why it may not, worded in the request's language. */
  public record SlotOption(
      long slotId,
      String company,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      int seatsLeft,
      int groupsLeft,
      boolean current,
      boolean allowed,
      boolean overridable,
      List<String> refusals) {}

  public record Options(String version, long groupId, List<SlotOption> slots) {}

  public record PlacementView(
      long groupId,
      String group,
      String school,
      String level,
      int pupils,
      Long slotId,
      String slot,
      String company,
      Integer wishRank,
      boolean pinned,
      String explanation) {}

  public record Summary(
      Objective objective, int groups, int placed, int waiting, int pinned, String version) {}

  public record Moved(Objective before, Objective after) {}

  public record Published(int bookings, int waiting) {}

  @Inject Editions editions;
  @Inject Schools schools;
  @Inject Companies companies;
  @Inject Proposals proposals;
  @Inject AllocationJobs jobs;
  @Inject Access access;
  @Inject AuditLog audit;

  /** Starts an allocation of a closed edition; pinned groups keep their places. */
  @POST
  @APIResponse(responseCode = "202", description = "The allocation started; its status")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response start(@PathParam("id") long id, @QueryParam("seed") Long seed) {
    Edition edition = allocatable(id);
    if (edition.status() != EditionStatus.CLOSED && edition.status() != EditionStatus.ALLOCATED) {
      throw new StateConflictException("allocation.notClosed");
    }
    jobs.start(
        id,
        proposals.problem(edition),
        proposals.pins(edition),
        seed == null ? AllocationRequest.DEFAULT_SEED : seed);
    audit.record(edition, "allocation.started", "edition " + id, null);
    return Response.accepted(jobs.status(id).orElseThrow()).build();
  }

  @GET
  @APIResponse(description = "The allocation's status")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public AllocationJobs.Status status(@PathParam("id") long id) {
    allocatable(id);
    return jobs.status(id).orElseThrow(() -> new NoSuchEntityException("allocationRun", id));
  }

  @DELETE
  @APIResponse(responseCode = "202", description = "The allocation is stopping; its status")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response cancel(@PathParam("id") long id) {
    allocatable(id);
    if (!jobs.cancel(id)) {
      throw new StateConflictException("allocation.notRunning");
    }
    return Response.accepted(jobs.status(id).orElseThrow()).build();
  }

  @GET
  @Path("proposal")
  @APIResponse(description = "Every group's placement with the reasons")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public List<PlacementView> proposal(@PathParam("id") long id, @Context HttpHeaders headers) {
    Locale language = RequestLanguage.of(headers);
    return proposals.of(allocatable(id)).stream().map(p -> view(p, language)).toList();
  }

  @GET
  @Path("summary")
  @APIResponse(description = "The proposal in numbers")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Summary summary(@PathParam("id") long id) {
    Edition edition = allocatable(id);
    var problem = proposals.problem(edition);
    var placements = proposals.of(edition);
    int placed = (int) placements.stream().filter(p -> p.slot() != null).count();
    return new Summary(
        ObjectiveFunction.evaluate(problem, proposals.current(edition, problem)),
        placements.size(),
        placed,
        placements.size() - placed,
        (int) placements.stream().filter(ProposedPlacement::isPinned).count(),
        proposals.version(edition));
  }

  /**
   * Every slot of the edition as a place for one group: whether it may go there, why not (in the
   * request's language), what is left of the slot, and whether an organiser may break the rule.
   */
  @GET
  @Path("proposal/{groupId}/options")
  @APIResponse(description = "The slots the group may and may not move to, with the reasons")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Options options(
      @PathParam("id") long id, @PathParam("groupId") long groupId, @Context HttpHeaders headers) {
    Messages messages = RequestLanguage.messages(headers);
    Edition edition = allocatable(id);
    ClassGroup group = groupOf(edition, groupId);
    List<SlotOption> slots =
        proposals.options(edition, group).stream()
            .map(
                o ->
                    new SlotOption(
                        o.slot().id(),
                        o.slot().placeName(),
                        o.slot().day(),
                        o.slot().window().start(),
                        o.slot().window().end(),
                        o.seatsLeft(),
                        o.groupsLeft(),
                        o.current(),
                        o.allowed(),
                        o.overridable(),
                        o.refusals().stream().map(r -> worded(messages, r)).toList()))
            .toList();
    return new Options(proposals.version(edition), groupId, slots);
  }

  /**
   * Moves one group by hand, in the proposal's version the organiser saw. A move that breaks a hard
   * rule is refused, naming it; one that breaks a soft rule needs the organiser's reason, which the
   * audit log keeps.
   */
  @PUT
  @Path("proposal/{groupId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The objective before and after the move")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Moved move(
      @PathParam("id") long id,
      @PathParam("groupId") long groupId,
      @Valid @NotNull MoveRequest request) {
    Edition edition = allocatable(id);
    ClassGroup group = groupOf(edition, groupId);
    // What the group had before: the move replaces the proposal's rows.
    ProposedPlacement was =
        proposals.of(edition).stream()
            .filter(p -> p.group().equals(group))
            .findFirst()
            .orElse(null);
    VisitSlot wasSlot = was == null ? null : was.slot();
    boolean wasPinned = was != null && was.isPinned();
    VisitSlot slot = request.slotId == null ? null : companies.slot(request.slotId);
    String reason = request.overrideReason == null ? null : request.overrideReason.strip();
    var move = proposals.move(edition, group, slot, request.pinned, reason, request.version);
    String subject = "group " + group.id();
    String school = group.school().name();
    if (slot == null) {
      audit.record(edition, "placement.waiting", subject, group.name(), school);
    } else if (!move.overridden().isEmpty()) {
      audit.record(
          edition,
          "placement.overridden",
          subject,
          group.name(),
          school,
          slot.placeName(),
          slot.day(),
          slot.window().start(),
          reason.replaceAll("\\s+", " "));
    } else if (slot.equals(wasSlot)) {
      if (request.pinned != wasPinned) {
        audit.record(
            edition,
            request.pinned ? "placement.pinned" : "placement.unpinned",
            subject,
            group.name(),
            school,
            slot.placeName(),
            slot.day(),
            slot.window().start());
      }
    } else {
      audit.record(
          edition,
          "placement.moved",
          subject,
          group.name(),
          school,
          slot.placeName(),
          slot.day(),
          slot.window().start());
    }
    return new Moved(move.before(), move.after());
  }

  /**
   * Publishes the proposal: bookings for the placed groups (each confirmed by mail with an invite).
   */
  @POST
  @Path("publish")
  @APIResponse(description = "Published: bookings and waiting places made")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Published publish(@PathParam("id") long id) {
    Edition edition = allocatable(id);
    int groups = proposals.of(edition).size();
    int booked = proposals.publish(edition);
    audit.record(edition, "allocation.published", "edition " + id, booked, groups - booked);
    return new Published(booked, groups - booked);
  }

  private Edition allocatable(long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    if (!edition.kind().isAllocated()) {
      throw new StateConflictException("allocation.bookedDirectly", edition.name());
    }
    return edition;
  }

  private ClassGroup groupOf(Edition edition, long groupId) {
    ClassGroup group = schools.group(groupId);
    if (!group.edition().equals(edition)) {
      throw new NoSuchEntityException("groupInEdition", groupId);
    }
    return group;
  }

  private static String worded(Messages messages, MoveRules.Refusal refusal) {
    Object[] args = new Object[refusal.args().size() + 1];
    args[0] = new Label("slotId");
    for (int i = 0; i < refusal.args().size(); i++) {
      args[i + 1] = refusal.args().get(i);
    }
    return messages.text(refusal.key(), args);
  }

  private static PlacementView view(ProposedPlacement p, Locale language) {
    ClassGroup g = p.group();
    VisitSlot s = p.slot();
    int rank = s == null || s.host() == null ? 0 : g.wishRank(s.host());
    return new PlacementView(
        g.id(),
        g.name(),
        g.school().name(),
        g.level().name(),
        g.pupils(),
        s == null ? null : s.id(),
        s == null ? null : s.code(),
        s == null || s.host() == null ? null : s.host().name(),
        rank == 0 ? null : rank,
        p.isPinned(),
        p.explanation() == null ? null : p.explanation().in(language));
  }
}
