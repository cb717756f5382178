package nl.techniekpact.lokaal.school.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.TOO_MANY;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
  @APIResponse(responseCode = "202", description = "Signed up: a sign-in link is mailed")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
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
  @APIResponse(description = "The edition's schools")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<SchoolView> ofEdition(@PathParam("id") long id) {
    return access.requireOrganising(editions.edition(id)).schools().stream()
        .map(SchoolView::of)
        .toList();
  }
}
