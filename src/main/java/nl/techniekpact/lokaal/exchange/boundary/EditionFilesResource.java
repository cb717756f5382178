package nl.techniekpact.lokaal.exchange.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.IMPORT_REJECTED;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.access.boundary.NeverReplayed;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.control.EditionExporter;
import nl.techniekpact.lokaal.exchange.control.EditionUploads;
import nl.techniekpact.lokaal.exchange.control.InterchangeWriter;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An edition's content in the interchange format. An upload (a zip, a workbook, or the files
 * themselves) first answers with a preview of what it would change; the same upload with {@code
 * apply=true} and the preview's token as {@code expect} changes it, all or nothing: one bad cell
 * refuses the whole upload with every error listed, and the edition stays as it was. {@code
 * mode=replace} (the default) makes the files the whole edition; {@code mode=merge} adds and
 * updates by id and removes nothing.
 */
@ApplicationScoped
@Path("editions/{id}/files")
@Transactional
public class EditionFilesResource {

  static final String ZIP = "application/zip";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String OUTCOME =
      "The preview (applied false), or, with apply=true, the preview applied and the counts written";

  @Inject Editions editions;
  @Inject EditionUploads uploads;
  @Inject EditionExporter exporter;
  @Inject Access access;

  /** A zip of the files, or one workbook with a sheet per file, as the request body. */
  @PUT
  @Consumes({ZIP, XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = OUTCOME)
  @APIResponse(responseCode = "400", ref = IMPORT_REJECTED)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionUploads.Outcome upload(
      @PathParam("id") long id,
      @QueryParam("mode") String mode,
      @QueryParam("apply") boolean apply,
      @QueryParam("expect") String expect,
      InputStream body) {
    return answer(id, mode, apply, expect, () -> Upload.of(body));
  }

  /** The files as a form's parts (CSV, .xlsx or zip each), as the organiser's page sends them. */
  @POST
  @NeverReplayed
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = OUTCOME)
  @APIResponse(responseCode = "400", ref = IMPORT_REJECTED)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionUploads.Outcome uploadFiles(
      @PathParam("id") long id,
      @QueryParam("mode") String mode,
      @QueryParam("apply") boolean apply,
      @QueryParam("expect") String expect,
      List<EntityPart> parts) {
    return answer(
        id,
        mode,
        apply,
        expect,
        () -> {
          Map<String, InputStream> files = FormFiles.of(parts);
          return Upload.of(files);
        });
  }

  /** Checks who asks and the mode before the upload is received, then previews or applies it. */
  private EditionUploads.Outcome answer(
      long id, String mode, boolean apply, String expect, Supplier<Upload> received) {
    Edition edition = access.requireOrganising(editions.edition(id));
    ImportMode importMode = ImportMode.parse(mode);
    try (Upload upload = received.get()) {
      return uploads.upload(edition, upload, importMode, apply, expect);
    }
  }

  @GET
  @Produces(ZIP)
  @APIResponse(responseCode = "200", description = "The zip of the four CSV files")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response export(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    byte[] zip = ZipArchive.pack(new InterchangeWriter().write(exporter.export(edition)));
    return Response.ok(zip, ZIP)
        .header("Content-Disposition", "attachment; filename=\"edition-" + id + ".zip\"")
        .build();
  }

  @GET
  @Path("{file}")
  @Produces("text/csv")
  @APIResponse(responseCode = "200", description = "One of the CSV files")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response exportFile(@PathParam("id") long id, @PathParam("file") String file) {
    Edition edition = access.requireOrganising(editions.edition(id));
    if (!EditionFiles.FILE_NAMES.contains(file)) {
      throw new NoSuchEntityException("file", file);
    }
    byte[] csv = new InterchangeWriter().write(exporter.export(edition)).get(file);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }
}
