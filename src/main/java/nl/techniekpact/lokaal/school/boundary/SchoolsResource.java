package nl.techniekpact.lokaal.school.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.boundary.EditionView;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.control.Enrolments;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.School;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A school's details and the editions it takes part in: the school itself and its region's
 * organisers read and change them, and add an edition of its region.
 */
@ApplicationScoped
@Path("schools/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SchoolsResource {

  @Inject Schools schools;
  @Inject Editions editions;
  @Inject Enrolments enrolments;
  @Inject Access access;

  @GET
  @APIResponse(description = "The school")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public SchoolView get(@PathParam("id") long id) {
    School school = schools.school(id);
    access.requireActingFor(school);
    return SchoolView.of(school);
  }

  /**
   * The editions the school signed up for, latest first: where its own pages list its class groups.
   */
  @GET
  @Path("editions")
  @APIResponse(description = "The editions the school takes part in")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<EditionView> editions(@PathParam("id") long id) {
    School school = schools.school(id);
    access.requireActingFor(school);
    return editions.ofSchool(school.id()).stream()
        .filter(access::canSee)
        .map(EditionView::of)
        .toList();
  }

  /**
   * The school takes part in the edition too (a sign-up confirmed): the school itself while
   * registration is open, or its region's organisers; only editions of its own region.
   */
  @PUT
  @Path("editions/{edition}")
  @APIResponse(description = "The edition the school now takes part in")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionView enrol(@PathParam("id") long id, @PathParam("edition") long editionId) {
    Edition edition = editions.edition(editionId);
    enrolments.enrol(edition, schools.school(id));
    return EditionView.of(edition);
  }

  @PUT
  @APIResponse(description = "The school as described now")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public SchoolView describe(@PathParam("id") long id, @Valid @NotNull SchoolRequest request) {
    School school = schools.school(id);
    access.requireActingFor(school);
    if (!school.code().value().equalsIgnoreCase(request.schoolId)) {
      throw new InvalidValueException("schoolId", "school.id.unchangeable", school.code().value());
    }
    school.describe(
        request.name, request.kind, request.address(), request.location(), request.contact());
    return SchoolView.of(school);
  }
}
