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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;
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
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionView describe(@PathParam("id") long id, @Valid @NotNull EditionRequest request) {
    Edition edition = access.requireOrganising(editions.edition(id));
    EditionRequest.Description description = request.description(edition.kind());
    edition.describe(
        description.name(),
        description.period(),
        description.registration(),
        description.levels(),
        description.visits());
    edition.useMailbox(request.mailbox);
    audit.record(
        edition,
        "edition.described",
        "edition " + id,
        edition.name(),
        edition.period().firstDay(),
        edition.period().lastDay());
    return EditionView.of(edition);
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
    audit.record(edition, "edition.opened", "edition " + id, null);
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
    audit.record(edition, "edition.closed", "edition " + id, null);
    return EditionView.of(edition);
  }
}
