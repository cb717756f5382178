package nl.techniekpact.lokaal.company.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Violations;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The slots of an edition: a company offers its own and lists them; organisers list all. */
@ApplicationScoped
@Path("editions/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EditionSlotsResource {

  @Inject Companies companies;
  @Inject Editions editions;
  @Inject Access access;
  @Inject AuditLog audit;

  @POST
  @APIResponse(responseCode = "201", description = "The new slot")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response offer(
      @PathParam("id") long id, @Valid @NotNull SlotRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    Company host = host(edition, request);
    access.requireActingFor(host);
    access.requireChangeable(edition);
    if (!edition.takesPart(host)) {
      throw new InvalidValueException(
          "companyId", "company.slot.hostNotTakingPart", host.name(), edition.name());
    }
    VisitSlot slot = slot(edition, host, request);
    companies.add(slot);
    audit.record(
        edition,
        "slot.offered",
        "slot " + slot.code(),
        slot.placeName(),
        slot.day(),
        slot.window().start(),
        slot.window().end(),
        slot.seats());
    return Response.created(
            uri.getBaseUriBuilder().path("slots").path(String.valueOf(slot.id())).build())
        .entity(SlotView.of(slot))
        .build();
  }

  /** The slot the request describes; every refused field of the form at once. */
  private static VisitSlot slot(Edition edition, Company host, SlotRequest request) {
    Violations refused = new Violations();
    URI link = refused.check(request::link);
    TimeWindow window = refused.check(request::window);
    Levels levels = refused.check(request::levelSet);
    String code = Companies.newCode('S');
    VisitSlot slot =
        refused.check(
            () ->
                link == null && !refused.refused("joinLink")
                    ? VisitSlot.atCompany(
                        edition,
                        code,
                        host,
                        request.date,
                        window,
                        request.seats,
                        request.maxGroups,
                        levels)
                    : VisitSlot.online(
                        edition,
                        code,
                        host,
                        link,
                        request.date,
                        window,
                        request.seats,
                        request.maxGroups,
                        levels));
    refused.throwIfAny();
    return slot;
  }

  @GET
  @APIResponse(description = "The slots the caller may see: a company its own, organisers all")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<SlotView> list(@PathParam("id") long id) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    if (access.runs(edition.region())) {
      return companies.slots(edition).stream().map(SlotView::of).toList();
    }
    if (!access.isCompany()) {
      throw new ForbiddenException(
          "only companies and organisers list slots; schools see the offer");
    }
    long own = access.caller().subjectId();
    return companies.slots(edition).stream()
        .filter(s -> s.host() != null && s.host().id() == own)
        .map(SlotView::of)
        .toList();
  }

  private Company host(Edition edition, SlotRequest request) {
    if (access.isCompany()) {
      return companies.company(access.caller().subjectId());
    }
    if (request.companyId == null) {
      throw new InvalidValueException("companyId", "company.slot.hostRequired");
    }
    Company company = companies.company(request.companyId);
    if (!company.region().equals(edition.region())) {
      // Not named: the organiser of one region does not learn the companies of another.
      throw new InvalidValueException("companyId", "company.slot.hostElsewhere");
    }
    return company;
  }
}
