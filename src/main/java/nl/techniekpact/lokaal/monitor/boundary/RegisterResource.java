package nl.techniekpact.lokaal.monitor.boundary;

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
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.access.boundary.NeverReplayed;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.boundary.FormFiles;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.monitor.control.RegisterFile;
import nl.techniekpact.lokaal.monitor.control.RegisterUploads;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The region's register of schools: every school location of the region, whether or not it signed
 * up, for its organisers. An upload (CSV or .xlsx: POST as a form's file, PUT as the body) answers
 * first with a preview; the same upload with {@code apply=true} and the preview's token as {@code
 * expect} applies exactly that. {@code mode=replace} (the default) is the whole register and closes
 * the schools it no longer lists; {@code mode=merge} adds and updates only.
 */
@ApplicationScoped
@Path("regions/{region}/register")
@Transactional
public class RegisterResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String OUTCOME =
      "The preview (applied false), or, with apply=true, the preview that was applied";

  @Inject OrganisedRegions regions;
  @Inject RegisterUploads uploads;

  /** One school of the register; {@code signedUp}: a school of Lokaal has its code. */
  public record Entry(
      long id,
      String code,
      String name,
      SchoolKind kind,
      String street,
      String postcode,
      String town,
      String municipality,
      boolean closed,
      LocalDate closedOn,
      boolean signedUp) {

    static Entry of(RegisterSchool school, Set<String> signedUp) {
      return new Entry(
          school.id(),
          school.code().value(),
          school.name(),
          school.kind(),
          school.address().street(),
          school.address().postcode(),
          school.address().town(),
          school.municipality(),
          school.closedOn().isPresent(),
          school.closedOn().orElse(null),
          signedUp.contains(school.code().value()));
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "The region's schools, open and closed, by name")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<Entry> list(@PathParam("region") String code) {
    Region region = regions.of(code);
    Set<String> signedUp = uploads.signedUp(region);
    return uploads.schools(region).stream().map(s -> Entry.of(s, signedUp)).toList();
  }

  /**
   * The register as the form's file (CSV, .xlsx or a zip of one), as the organiser's page sends.
   */
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
  public RegisterUploads.Outcome uploadForm(
      @PathParam("region") String code,
      @QueryParam("mode") String mode,
      @QueryParam("apply") boolean apply,
      @QueryParam("expect") String expect,
      List<EntityPart> parts) {
    return answer(
        code,
        mode,
        apply,
        expect,
        () -> {
          Map<String, InputStream> files = FormFiles.of(parts);
          return Upload.ofOneTable(RegisterFile.TABLE, files);
        });
  }

  /** The register as the request body: a CSV file or an .xlsx workbook, for scripts. */
  @PUT
  @NeverReplayed
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = OUTCOME)
  @APIResponse(responseCode = "400", ref = IMPORT_REJECTED)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public RegisterUploads.Outcome upload(
      @PathParam("region") String code,
      @QueryParam("mode") String mode,
      @QueryParam("apply") boolean apply,
      @QueryParam("expect") String expect,
      InputStream body) {
    return answer(
        code,
        mode,
        apply,
        expect,
        () -> Upload.ofOneTable(RegisterFile.TABLE, Map.of(RegisterFile.TABLE, body)));
  }

  /** Checks who asks and the mode before the upload is received, then previews or applies it. */
  private RegisterUploads.Outcome answer(
      String code, String mode, boolean apply, String expect, Supplier<Upload> received) {
    Region region = regions.of(code);
    ImportMode importMode = ImportMode.parse(mode);
    try (Upload upload = received.get()) {
      return uploads.upload(region, upload, importMode, apply, expect);
    }
  }
}
