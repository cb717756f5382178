package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.boundary.WorkbookDownload;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.school.control.Schools;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Where each class group of an edition stands, with its visits: a school sees its own groups, the
 * edition's organisers all of them. As JSON, or as an Excel workbook to download.
 */
@ApplicationScoped
@Path("editions/{id}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PlacementsResource {

  @Inject Editions editions;
  @Inject Schools schools;
  @Inject Bookings bookings;
  @Inject Access access;

  @GET
  @APIResponse(description = "The placements the caller may see")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<PlacementView> placements(@PathParam("id") long id) {
    Edition edition = editions.edition(id);
    OptionalLong school = access.requireOwnShareOf(edition, Role.SCHOOL);
    Map<Long, List<Booking>> active =
        bookings.ofEdition(edition).stream()
            .filter(b -> b.status() != Booking.Status.CANCELLED)
            .filter(b -> school.isEmpty() || b.group().school().id() == school.getAsLong())
            .collect(Collectors.groupingBy(b -> b.group().id()));
    return schools.groups(edition).stream()
        .filter(g -> school.isEmpty() || g.school().id() == school.getAsLong())
        .map(g -> PlacementView.of(g, active.getOrDefault(g.id(), List.of())))
        .toList();
  }

  /**
   * The same as an Excel workbook, a row per group and visit, with a header row in the language
   * asked for (nl, en or de; Dutch by default).
   */
  @GET
  @Path("xlsx")
  @Produces(Workbooks.MEDIA_TYPE)
  @APIResponse(responseCode = "200", description = "The placements as an .xlsx workbook")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String language) {
    return WorkbookDownload.attachment(
        "plaatsingen-" + id + ".xlsx", PlacementsWorkbook.sheet(placements(id), language));
  }
}
