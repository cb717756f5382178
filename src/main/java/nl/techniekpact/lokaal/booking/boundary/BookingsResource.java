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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One booking: its school changes the pupils or cancels (leaves the waiting list); organisers also
 * move it.
 */
@ApplicationScoped
@Path("bookings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BookingsResource {

  public static class PupilsChange {
    @NotNull
    @Min(1)
    @Max(1000)
    public Integer pupils;
  }

  public static class Move {
    @NotNull public Long slotId;
  }

  @Inject Bookings bookings;
  @Inject Companies companies;
  @Inject Access access;
  @Inject AuditLog audit;

  @GET
  @APIResponse(description = "The booking")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public BookingView get(@PathParam("id") long id) {
    return BookingView.of(own(id));
  }

  @PUT
  @APIResponse(description = "The booking as changed")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public BookingView changePupils(@PathParam("id") long id, @Valid @NotNull PupilsChange change) {
    Booking booking = own(id);
    access.requireChangeable(booking.slot().edition());
    bookings.changePupils(booking, change.pupils);
    audit.record(
        booking.slot().edition(),
        "booking.changed",
        "booking " + id,
        booking.group().name(),
        booking.group().school().name(),
        change.pupils);
    return BookingView.of(booking);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response cancel(@PathParam("id") long id) {
    Booking booking = own(id);
    bookings.cancel(booking);
    audit.record(
        booking.slot().edition(),
        "booking.cancelled",
        "booking " + id,
        booking.group().name(),
        booking.group().school().name());
    return Response.noContent().build();
  }

  @POST
  @Path("move")
  @APIResponse(description = "The booking, in its new session")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public BookingView move(@PathParam("id") long id, @Valid @NotNull Move move) {
    Booking booking = own(id);
    access.requireOrganising(booking.slot().edition());
    VisitSlot target = companies.slot(move.slotId);
    bookings.move(booking, target);
    audit.record(
        booking.slot().edition(),
        "booking.moved",
        "booking " + id,
        booking.group().name(),
        booking.group().school().name(),
        target.placeName(),
        target.day(),
        target.window().start());
    return BookingView.of(booking);
  }

  private Booking own(long id) {
    access.requireSignedIn();
    Booking booking = bookings.booking(id);
    access.requireActingFor(booking.group().school(), "booking", id);
    return booking;
  }
}
