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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.control.PactMonitor;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.boundary.WorkbookDownload;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The pact monitor's school year for the pact's annual report: one workbook with a sheet per table
 * of the monitor, or the same tables as CSV files in a zip; one table alone with {@code table}. In
 * the reader's language: {@code lang} (nl, en, de) if given, as a download link sends it, else
 * Accept-Language. For the region's organisers and administrators, as the monitor itself.
 */
@ApplicationScoped
@Path("regions/{region}/monitor/export")
@Transactional
public class MonitorExportResource {

  static final String ZIP = "application/zip";
  static final String CSV = "text/csv";
  static final List<String> FORMATS = List.of("xlsx", "csv");

  @Inject OrganisedRegions regions;
  @Inject PactMonitor monitor;

  @GET
  @Produces({Workbooks.MEDIA_TYPE, ZIP, CSV})
  @APIResponse(
      responseCode = "200",
      description =
          "The school year as an .xlsx workbook (format=xlsx, the default), as a zip of CSV files"
              + " (format=csv), or one table of it (table=...) as one sheet or one CSV file")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response export(
      @PathParam("region") String code,
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @QueryParam("table") String table,
      @QueryParam("lang") String language,
      @Context HttpHeaders headers) {
    Region region = regions.orEvery(code);
    SchoolYear asked =
        year == null || year.isBlank() ? monitor.currentYear() : SchoolYear.parse(year, "year");
    String chosen = oneOf("format", format == null || format.isBlank() ? "xlsx" : format, FORMATS);
    if (table != null) {
      oneOf("table", table, MonitorSheets.TABLES);
    }
    Messages words = words(language, headers);
    MonitorView view = MonitorView.of(region, monitor.year(region, asked), words);
    List<MonitorView.GoalYear> years =
        monitor.years(region, asked, MonitorResource.YEARS_COMPARED).stream()
            .map(MonitorView.GoalYear::of)
            .toList();
    String base = words.text("monitor.export.file") + "-" + view.region() + "-" + view.year();
    if (table == null) {
      List<Workbooks.Sheet<?>> sheets = MonitorSheets.all(view, years, words);
      return "xlsx".equals(chosen)
          ? WorkbookDownload.attachment(base + ".xlsx", sheets)
          : attachment(MonitorCsv.zip(sheets), ZIP, base + ".zip");
    }
    Workbooks.Sheet<?> sheet = MonitorSheets.sheet(table, view, years, words);
    String name = base + "-" + MonitorCsv.fileName(sheet.name());
    return "xlsx".equals(chosen)
        ? WorkbookDownload.attachment(name + ".xlsx", sheet)
        : attachment(MonitorCsv.bytes(sheet), CSV + "; charset=UTF-8", name + ".csv");
  }

  private static String oneOf(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new InvalidValueException(
          field, "monitor.export.notOneOf", value, String.join(", ", allowed));
    }
    return value;
  }

  /** The language the link names, else the one the request asks for. */
  private static Messages words(String language, HttpHeaders headers) {
    if (language != null && Messages.speaks(Locale.forLanguageTag(language))) {
      return Messages.in(Locale.forLanguageTag(language));
    }
    return Messages.in(RequestLanguage.of(headers));
  }

  private static Response attachment(byte[] body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
