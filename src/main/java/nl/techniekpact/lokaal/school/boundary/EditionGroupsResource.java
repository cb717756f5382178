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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Violations;
import nl.techniekpact.lokaal.school.control.Offer;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.School;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Class groups of an edition: a school registers its own and lists them; organisers list all. */
@ApplicationScoped
@Path("editions/{id}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EditionGroupsResource {

  @Inject Schools schools;
  @Inject Editions editions;
  @Inject Offer offer;
  @Inject Access access;
  @Inject AuditLog audit;

  @POST
  @APIResponse(responseCode = "201", description = "The new class group")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response register(
      @PathParam("id") long id, @Valid @NotNull GroupRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    School school = school(access, schools, edition, request.schoolId);
    access.requireChangeable(edition);
    // Every refused field at once: a teacher fixes the form in one go, not one field per try.
    Violations refused = new Violations();
    Contact teacher = request.teacher(refused);
    Days days = refused.check(request::daySet);
    ClassGroup group =
        refused.check(
            () ->
                new ClassGroup(
                    edition,
                    school,
                    Companies.newCode('G'),
                    request.name,
                    request.level,
                    request.pupils,
                    teacher,
                    days,
                    request.transport,
                    request.reachKm));
    List<Company> wished =
        refused.check(
            () ->
                offer.requireOffered(
                    edition, school, request.reachKm, request.level, request.wishList()));
    refused.throwIfAny();
    group.wish(wished);
    schools.add(group);
    audit.record(
        edition,
        "group.registered",
        "group " + group.code(),
        group.name(),
        school.name(),
        group.level(),
        group.pupils());
    return Response.created(
            uri.getBaseUriBuilder().path("groups").path(String.valueOf(group.id())).build())
        .entity(GroupView.of(group))
        .build();
  }

  @GET
  @APIResponse(description = "The class groups the caller may see")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<GroupView> list(@PathParam("id") long id) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    if (access.runs(edition.region())) {
      return schools.groups(edition).stream().map(GroupView::of).toList();
    }
    if (!access.isSchool()) {
      throw new ForbiddenException("only schools and organisers list class groups");
    }
    long own = access.caller().subjectId();
    return schools.groups(edition).stream()
        .filter(g -> g.school().id() == own)
        .map(GroupView::of)
        .toList();
  }

  /** The caller's own school; an organiser names one of the edition's schools. */
  static School school(Access access, Schools schools, Edition edition, Long schoolId) {
    School school;
    if (access.isSchool()) {
      school = schools.school(access.caller().subjectId());
    } else if (access.runs(edition.region())) {
      if (schoolId == null) {
        throw new InvalidValueException("schoolId", "school.group.schoolRequired");
      }
      school = schools.school(schoolId);
    } else {
      throw new ForbiddenException("only schools and their organisers register class groups");
    }
    if (!edition.takesPart(school)) {
      throw new InvalidValueException(
          "schoolId", "school.group.schoolNotTakingPart", school.name(), edition.name());
    }
    return school;
  }
}
