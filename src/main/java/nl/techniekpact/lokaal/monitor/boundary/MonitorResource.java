package nl.techniekpact.lokaal.monitor.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.control.PactMonitor;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The pact monitor: where a region stands in a school year against goal 1.1, and apart the goal in
 * the years before it. For the region's organisers and administrators; {@code all} is every region,
 * for administrators.
 */
@ApplicationScoped
@Path("regions/{region}/monitor")
@Transactional
public class MonitorResource {

  /** How many school years the comparison shows, the asked one included. */
  static final int YEARS_COMPARED = 5;

  @Inject OrganisedRegions regions;
  @Inject PactMonitor monitor;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The region's school year against the goal, and earlier years")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public MonitorView monitor(
      @PathParam("region") String code,
      @QueryParam("year") String year,
      @Context HttpHeaders headers) {
    Region region = regions.orEvery(code);
    SchoolYear asked = year(year);
    return MonitorView.of(region, monitor.year(region, asked), RequestLanguage.messages(headers));
  }

  /**
   * The goal's figures of the school year and the four before it, the oldest first: the comparison
   * the page draws beside the year, asked apart so that the year itself answers first.
   */
  @GET
  @Path("years")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The goal in the school year and the years before it, oldest first")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<MonitorView.GoalYear> years(
      @PathParam("region") String code, @QueryParam("year") String year) {
    Region region = regions.orEvery(code);
    return monitor.years(region, year(year), YEARS_COMPARED).stream()
        .map(MonitorView.GoalYear::of)
        .toList();
  }

  /** The school year asked for; the current one when none is. */
  SchoolYear year(String text) {
    return text == null || text.isBlank() ? monitor.currentYear() : SchoolYear.parse(text, "year");
  }
}
