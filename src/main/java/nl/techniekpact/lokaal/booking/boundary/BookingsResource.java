package nl.techniekpact.lokaal.booking.boundary;

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
  public BookingView get(@PathParam("id") long id) {
    return BookingView.of(own(id));
  }

  @PUT
  public BookingView changePupils(@PathParam("id") long id, @Valid @NotNull PupilsChange change) {
    Booking booking = own(id);
    access.requireChangeable(booking.slot().edition());
    bookings.changePupils(booking, change.pupils);
    audit.record(
        booking.slot().edition(), "booking.changed", "booking " + id, "pupils " + change.pupils);
    return BookingView.of(booking);
  }

  @DELETE
  public Response cancel(@PathParam("id") long id) {
    Booking booking = own(id);
    bookings.cancel(booking);
    audit.record(
        booking.slot().edition(), "booking.cancelled", "booking " + id, booking.group().name());
    return Response.noContent().build();
  }

  @POST
  @Path("move")
  public BookingView move(@PathParam("id") long id, @Valid @NotNull Move move) {
    Booking booking = own(id);
    access.requireOrganising(booking.slot().edition());
    VisitSlot target = companies.slot(move.slotId);
    bookings.move(booking, target);
    audit.record(booking.slot().edition(), "booking.moved", "booking " + id, "to " + target.code());
    return BookingView.of(booking);
  }

  private Booking own(long id) {
    access.requireSignedIn();
    Booking booking = bookings.booking(id);
    access.requireActingFor(booking.group().school(), "booking", id);
    return booking;
  }
}
