package nl.techniekpact.lokaal.school.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.booking.control.Withdrawals;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.Violations;
import nl.techniekpact.lokaal.school.control.Offer;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.GroupResized;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One class group: its school and the organisers read, change and withdraw it. */
@ApplicationScoped
@Path("groups/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class GroupsResource {

  @Inject Schools schools;
  @Inject Offer offer;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Event<GroupResized> resized;
  @Inject Withdrawals withdrawals;

  @GET
  @APIResponse(description = "The class group")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public GroupView get(@PathParam("id") long id) {
    return GroupView.of(own(id));
  }

  @PUT
  @APIResponse(description = "The class group as changed")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public GroupView change(@PathParam("id") long id, @Valid @NotNull GroupRequest request) {
    ClassGroup group = own(id);
    access.requireChangeable(group.edition());
    int pupilsBefore = group.pupils();
    // Every refused field at once: a teacher fixes the form in one go, not one field per try.
    Violations refused = new Violations();
    Contact teacher = request.teacher(refused);
    Days days = refused.check(request::daySet);
    refused.run(() -> group.describe(request.name, request.level, request.pupils, teacher));
    refused.run(() -> group.availability(days, request.transport, request.reachKm));
    List<Company> wished =
        refused.check(
            () ->
                offer.requireOffered(
                    group.edition(),
                    group.school(),
                    request.reachKm,
                    request.level,
                    request.wishList()));
    refused.throwIfAny();
    group.wish(wished);
    if (group.pupils() != pupilsBefore) {
      resized.fire(new GroupResized(group));
    }
    audit.record(
        group.edition(),
        "group.changed",
        "group " + group.code(),
        group.name(),
        group.school().name(),
        group.level(),
        group.pupils());
    return GroupView.of(group);
  }

  /** Also while it is booked: the booking is cancelled with it. */
  @DELETE
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response withdraw(@PathParam("id") long id) {
    ClassGroup group = own(id);
    access.requireChangeable(group.edition());
    for (Booking ended : withdrawals.ofGroup(group)) {
      audit.record(
          group.edition(),
          "booking.cancelled",
          "booking " + ended.id(),
          group.name(),
          group.school().name());
    }
    schools.remove(group);
    audit.record(
        group.edition(),
        "group.withdrawn",
        "group " + group.code(),
        group.name(),
        group.school().name());
    return Response.noContent().build();
  }

  private ClassGroup own(long id) {
    access.requireSignedIn();
    ClassGroup group = schools.group(id);
    access.requireActingFor(group.school(), "group", id);
    return group;
  }
}
