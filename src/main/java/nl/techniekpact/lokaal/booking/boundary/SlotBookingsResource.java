package nl.techniekpact.lokaal.booking.boundary;

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
        group.school().name() + " " + group.name() + " " + pupils + " in " + slot.code());
    return Response.created(
            uri.getBaseUriBuilder().path("bookings").path(String.valueOf(booking.id())).build())
        .entity(BookingView.of(booking))
        .build();
  }

  @POST
  @Path("seats")
  public SessionView addSeats(@PathParam("id") long id, @Valid @NotNull MoreSeats request) {
    VisitSlot slot = companies.slot(id);
    access.requireOrganising(slot.edition());
    bookings.addSeats(slot, request.add);
    audit.record(
        slot.edition(),
        "slot.seats-added",
        "slot " + slot.code(),
        "+" + request.add + " = " + slot.seats());
    return SessionView.of(slot, bookings.count(slot), bookings.waitingCount(slot));
  }

  @POST
  @Path("cancel")
  public Cancelled cancelSession(@PathParam("id") long id) {
    VisitSlot slot = companies.slot(id);
    access.requireOrganising(slot.edition());
    int cancelled = bookings.cancelSession(slot);
    audit.record(
        slot.edition(), "slot.cancelled", "slot " + slot.code(), cancelled + " bookings cancelled");
    return new Cancelled(cancelled);
  }
}
