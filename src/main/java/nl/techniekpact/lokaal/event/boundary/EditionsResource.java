package nl.techniekpact.lokaal.event.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.control.Reshaping;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Editions: anyone may list and read them (drafts only their organisers); organisers of the region
 * create and describe them, and open or close their registration.
 */
@ApplicationScoped
@Path("editions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EditionsResource {

  @Inject Editions editions;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Reshaping reshaping;

  @GET
  @APIResponse(description = "The editions the caller may see, of one region or all")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<EditionView> list(@QueryParam("region") String region) {
    var found =
        region == null || region.isBlank()
            ? editions.all()
            : editions.ofRegion(editions.region(region));
    return found.stream().filter(access::canSee).map(EditionView::of).toList();
  }

  @GET
  @Path("{id}")
  @APIResponse(description = "The edition")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public EditionView get(@PathParam("id") long id) {
    return EditionView.of(access.requireVisible(editions.edition(id)));
  }

  @POST
  @APIResponse(responseCode = "201", description = "The edition, in draft")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response create(@Valid @NotNull EditionRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    Region region = editions.region(request.region);
    access.requireOrganiserOf(region);
    EditionRequest.Description description = request.description(request.kind);
    Edition edition =
        editions.add(
            new Edition(
                region,
                request.kind,
                description.name(),
                description.period(),
                description.registration(),
                description.levels(),
                description.visits()));
    edition.useMailbox(request.mailbox);
    audit.record(edition, "edition.created", "edition " + edition.id(), edition.name());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(edition.id())).build())
        .entity(EditionView.of(edition))
        .build();
  }

  @PUT
  @Path("{id}")
  @APIResponse(description = "The edition as described now")
  @APIResponse(
      responseCode = "409",
      description =
          "Slots, groups or a proposal lie outside the new period or levels (members"
              + " slotsOutside, groupsOutside, proposal): send again with confirm=true to change"
              + " it anyway; or the edition is published",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = Problem.MEDIA_TYPE,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      ref = "#/components/schemas/Problem")))
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response describe(
      @PathParam("id") long id,
      @Valid @NotNull EditionRequest request,
      @QueryParam("confirm") boolean confirm,
      @Context HttpHeaders headers) {
    Edition edition = access.requireOrganising(editions.edition(id));
    EditionRequest.Description description = request.description(edition.kind());
    // A published edition refuses any change (describe says so): nothing to warn about.
    Reshaping.Outside outside =
        edition.status() == EditionStatus.PUBLISHED
            ? new Reshaping.Outside(0, 0, false)
            : reshaping.outside(edition, description.period(), description.levels());
    if (!outside.isEmpty() && !confirm) {
      return outsideWarning(outside, RequestLanguage.messages(headers));
    }
    edition.describe(
        description.name(),
        description.period(),
        description.registration(),
        description.levels(),
        description.visits());
    edition.useMailbox(request.mailbox);
    if (!outside.isEmpty()) {
      audit.record(edition, "edition.reshaped", "edition " + id, outside.slots(), outside.groups());
    }
    if (outside.proposal()) {
      edition.dropProposal();
      audit.record(edition, "edition.proposal-dropped", "edition " + id);
    }
    audit.record(
        edition,
        "edition.described",
        "edition " + id,
        edition.name(),
        edition.period().firstDay(),
        edition.period().lastDay());
    return Response.ok(EditionView.of(edition)).build();
  }

  /**
   * 409 saying what the new period or levels leave outside, with the counts as members {@code
   * slotsOutside}, {@code groupsOutside} and {@code proposal} for the page's confirmation; sent
   * again with {@code confirm=true}, the change is made (see {@link Reshaping}).
   */
  private static Response outsideWarning(Reshaping.Outside outside, Messages messages) {
    String proposal = outside.proposal() ? messages.text("edition.outside.proposal") : "";
    return Problem.of(409, "conflict", messages)
        .say("edition.outside", outside.slots(), outside.groups(), proposal)
        .with("slotsOutside", String.valueOf(outside.slots()))
        .with("groupsOutside", String.valueOf(outside.groups()))
        .with("proposal", String.valueOf(outside.proposal()))
        .response();
  }

  @POST
  @Path("{id}/open")
  @APIResponse(description = "The edition, open for registration")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionView open(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    edition.openRegistration();
    audit.record(edition, "edition.opened", "edition " + id);
    return EditionView.of(edition);
  }

  @POST
  @Path("{id}/close")
  @APIResponse(description = "The edition, closed for registration")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionView close(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    edition.closeRegistration();
    audit.record(edition, "edition.closed", "edition " + id);
    return EditionView.of(edition);
  }
}
