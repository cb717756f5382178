package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Booking a session: schools book for their groups; organisers add seats or cancel the whole
 * session.
 */
@ApplicationScoped
@Path("sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SlotBookingsResource {

  public static class MoreSeats {
    @NotNull
    @Min(1)
    @Max(1000)
    public Integer add;
  }

  public record Cancelled(int bookings) {}

  @Inject Companies companies;
  @Inject Bookings bookings;
  @Inject Access access;
  @Inject AuditLog audit;

  @POST
  @Path("bookings")
  @APIResponse(responseCode = "201", description = "Booked, or a place on the waiting list")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response book(
      @PathParam("id") long id, @Valid @NotNull BookingRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    VisitSlot slot = bookings.slotToBook(id);
    access.requireVisible(slot.edition());
    ClassGroup group = bookings.groupToBook(request.groupId);
    access.requireActingFor(group.school(), "group", request.groupId);
    Booking.requireBookable(slot);
    access.requireChangeable(slot.edition());
    int pupils = request.pupils == null ? group.pupils() : request.pupils;
    Booking booking =
        bookings.book(slot, group, pupils, request.waitIfFull == null || request.waitIfFull);
    audit.record(
        slot.edition(),
        "booking." + booking.status().name().toLowerCase(Locale.ROOT),
        "booking " + booking.id(),
        group.name(),
        group.school().name(),
        pupils,
        slot.placeName(),
        slot.day(),
        slot.window().start());
    return Response.created(
            uri.getBaseUriBuilder().path("bookings").path(String.valueOf(booking.id())).build())
        .entity(BookingView.of(booking))
        .build();
  }

  @POST
  @Path("seats")
  @APIResponse(description = "The session with its seats now")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public SessionView addSeats(@PathParam("id") long id, @Valid @NotNull MoreSeats request) {
    VisitSlot slot = companies.slot(id);
    access.requireOrganising(slot.edition());
    bookings.addSeats(slot, request.add);
    audit.record(
        slot.edition(),
        "slot.seats-added",
        "slot " + slot.code(),
        request.add,
        slot.seats(),
        slot.placeName(),
        slot.day(),
        slot.window().start());
    return SessionView.of(slot, bookings.count(slot), bookings.waitingCount(slot));
  }

  @POST
  @Path("cancel")
  @APIResponse(description = "The session is cancelled; how many bookings with it")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Cancelled cancelSession(@PathParam("id") long id) {
    VisitSlot slot = companies.slot(id);
    access.requireOrganising(slot.edition());
    int cancelled = bookings.cancelSession(slot);
    audit.record(
        slot.edition(),
        "slot.cancelled",
        "slot " + slot.code(),
        cancelled,
        slot.placeName(),
        slot.day(),
        slot.window().start());
    return new Cancelled(cancelled);
  }
}
