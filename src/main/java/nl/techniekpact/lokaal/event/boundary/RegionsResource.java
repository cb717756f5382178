package nl.techniekpact.lokaal.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.event.control.Editions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The regional pacts Lokaal serves. */
@ApplicationScoped
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class RegionsResource {

  /** The id is the one a signed-in organiser's session names as its region. */
  public record RegionView(long id, String code, String name) {}

  @Inject Editions editions;

  @GET
  @APIResponse(description = "Every region")
  public List<RegionView> list() {
    return editions.regions().stream()
        .map(r -> new RegionView(r.id(), r.code(), r.name()))
        .toList();
  }
}
