package nl.techniekpact.lokaal.school.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.MagicLinks;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * The schools of an edition: a school signs up (a sign-in link follows by mail); organisers list
 * them.
 */
@ApplicationScoped
@Path("editions/{id}/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EditionSchoolsResource {

  public record Accepted(String detail) {}

  @Inject Schools schools;
  @Inject Editions editions;
  @Inject Access access;
  @Inject MagicLinks links;
  @Inject AuditLog audit;

  /**
   * Signs a school location up. A BRIN location Lokaal already knows gets its sign-in link at the
   * address on file, never at the one given here: claiming a BRIN code gives no access.
   */
  @POST
  public Response signUp(
      @PathParam("id") long id,
      @Valid @NotNull SchoolRequest request,
      @Context HttpHeaders headers) {
    Edition edition = access.requireVisible(editions.edition(id));
    if (!edition.isRegistrationOpenOn(LocalDate.now()) && !access.runs(edition.region())) {
      throw new StateConflictException("registration for " + edition.name() + " is not open");
    }
    SchoolId code = SchoolId.parse(request.schoolId, "schoolId");
    School school =
        schools
            .byCode(code)
            .orElseGet(
                () ->
                    schools.add(
                        new School(
                            code,
                            edition.region(),
                            request.name,
                            request.kind,
                            request.address(),
                            request.location(),
                            request.contact())));
    edition.enrol(school);
    audit.record(edition, "school.signed-up", "school " + code, school.name());
    links.send(school, RequestLanguage.of(headers));
    return Response.accepted(
            new Accepted(
                "Aangemeld. De school ontvangt een inloglink per e-mail. / Signed up: a sign-in link is on its way."))
        .build();
  }

  @GET
  public List<SchoolView> ofEdition(@PathParam("id") long id) {
    return access.requireOrganising(editions.edition(id)).schools().stream()
        .map(SchoolView::of)
        .toList();
  }
}
