package nl.techniekpact.lokaal.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.control.EditionExporter;
import nl.techniekpact.lokaal.exchange.control.EditionImporter;
import nl.techniekpact.lokaal.exchange.control.InterchangeReader;
import nl.techniekpact.lokaal.exchange.control.InterchangeWriter;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/**
 * An edition's content in the CSV interchange format, as one zip of four files. PUT replaces the
 * edition's participants, slots and groups, all or nothing: one bad cell refuses the whole upload
 * with every error listed, and the edition stays as it was.
 */
@ApplicationScoped
@Path("editions/{id}/files")
@Transactional
public class EditionFilesResource {

  static final String ZIP = "application/zip";

  @Inject Editions editions;
  @Inject EditionImporter importer;
  @Inject EditionExporter exporter;
  @Inject Access access;
  @Inject AuditLog audit;

  @PUT
  @Consumes(ZIP)
  @Produces(MediaType.APPLICATION_JSON)
  public EditionImporter.Summary replace(@PathParam("id") long id, InputStream zip) {
    Edition edition = access.requireOrganising(editions.edition(id));
    Map<String, byte[]> files = ZipArchive.unpack(zip);
    EditionFiles checked = new InterchangeReader().read(files, EditionBounds.of(edition));
    EditionImporter.Summary summary = importer.replaceContent(edition, checked);
    audit.record(edition, "edition.imported", "edition " + id, summary.toString());
    return summary;
  }

  @GET
  @Produces(ZIP)
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
