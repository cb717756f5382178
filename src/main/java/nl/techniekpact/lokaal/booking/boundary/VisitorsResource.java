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
import java.util.OptionalLong;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.boundary.WorkbookDownload;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The class groups visiting companies in an edition, with their confirmed visits: a company sees
 * its own visitors, the edition's organisers every company's. As JSON, or as CSV or an Excel
 * workbook to download.
 */
@ApplicationScoped
@Path("editions/{id}/visitors")
@Transactional
public class VisitorsResource {

  @Inject Editions editions;
  @Inject Bookings bookings;
  @Inject Access access;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The visitors the caller may see")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<VisitorView> visitors(@PathParam("id") long id) {
    Edition edition = editions.edition(id);
    OptionalLong company = access.requireOwnShareOf(edition, Role.COMPANY);
    return bookings.ofEdition(edition).stream()
        .filter(b -> b.isConfirmed() && b.slot().host() != null)
        .filter(b -> company.isEmpty() || b.slot().host().id() == company.getAsLong())
        .map(VisitorView::of)
        .toList();
  }

  /** The same list with a header row in the language asked for (nl, en or de; Dutch by default). */
  @GET
  @Path("csv")
  @Produces("text/csv")
  @APIResponse(responseCode = "200", description = "The visitors as CSV")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response csv(@PathParam("id") long id, @QueryParam("lang") String language) {
    String csv = VisitorsCsv.write(visitors(id), language);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"bezoekers-" + id + ".csv\"")
        .build();
  }

  /** The same list as an Excel workbook, with typed cells and the CSV's header row. */
  @GET
  @Path("xlsx")
  @Produces(Workbooks.MEDIA_TYPE)
  @APIResponse(responseCode = "200", description = "The visitors as an .xlsx workbook")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String language) {
    return WorkbookDownload.attachment(
        "bezoekers-" + id + ".xlsx", VisitorsWorkbook.sheet(visitors(id), language));
  }
}
