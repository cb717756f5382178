package nl.techniekpact.lokaal.monitor.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.control.ExternalActivities;
import nl.techniekpact.lokaal.monitor.entity.ActivityKind;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The kinds an activity outside Lokaal can be of: the shared ones and the region's own, which its
 * organisers add to.
 */
@ApplicationScoped
@Path("regions/{region}/activity-kinds")
@Transactional
public class ActivityKindsResource {

  @Inject OrganisedRegions regions;
  @Inject ExternalActivities activities;

  /** A kind; {@code shared}: every region has it, and it cannot be changed by one. */
  public record Kind(long id, String name, boolean shared) {
    static Kind of(ActivityKind kind) {
      return new Kind(kind.id(), kind.name(), kind.shared());
    }
  }

  public record NewKind(String name) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "The shared kinds and the region's own, by name")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<Kind> list(@PathParam("region") String code) {
    return activities.kinds(regions.of(code)).stream().map(Kind::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "The kind, added to the region's list")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response add(@PathParam("region") String code, NewKind body) {
    Region region = regions.of(code);
    ActivityKind kind = activities.addKind(region, body == null ? null : body.name());
    return Response.status(Response.Status.CREATED).entity(Kind.of(kind)).build();
  }
}
