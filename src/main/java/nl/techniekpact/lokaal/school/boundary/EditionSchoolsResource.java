package nl.techniekpact.lokaal.school.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.control.Enrolments;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
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

  @Inject Editions editions;
  @Inject Enrolments enrolments;
  @Inject Access access;
  @Context HttpServletRequest http;

  /**
   * Signs a school location up. One Lokaal knows (by BRIN code or contact address) is not enrolled:
   * its contact on file gets a sign-in link to confirm; the answer is the same either way.
   */
  @POST
  public Response signUp(
      @PathParam("id") long id,
      @Valid @NotNull SchoolRequest request,
      @Context HttpHeaders headers) {
    Edition edition = editions.edition(id);
    enrolments.signUpSchool(
        edition,
        () ->
            new School(
                SchoolId.parse(request.schoolId, "schoolId"),
                edition.region(),
                request.name,
                request.kind,
                request.address(),
                request.location(),
                request.contact()),
        RequestLanguage.of(headers),
        http.getRemoteAddr());
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
