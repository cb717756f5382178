package nl.techniekpact.lokaal.exchange.boundary;

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
import jakarta.ws.rs.core.Response;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.control.EditionExporter;
import nl.techniekpact.lokaal.exchange.control.InterchangeWorkbook;
import nl.techniekpact.lokaal.platform.boundary.WorkbookDownload;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An edition's content as one Excel workbook, a sheet per interchange file, for its organisers
 * only, as the zip of CSV files is.
 */
@ApplicationScoped
@Path("editions/{id}/files.xlsx")
@Transactional
public class EditionWorkbookResource {

  @Inject Editions editions;
  @Inject EditionExporter exporter;
  @Inject Access access;

  @GET
  @Produces(Workbooks.MEDIA_TYPE)
  @APIResponse(responseCode = "200", description = "The four tables as one .xlsx workbook")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response export(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    return WorkbookDownload.attachment(
        InterchangeWorkbook.fileName(id), InterchangeWorkbook.sheets(exporter.export(edition)));
  }
}
