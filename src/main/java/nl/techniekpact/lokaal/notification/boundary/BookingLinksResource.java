package nl.techniekpact.lokaal.notification.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.booking.boundary.BookingsResource.PupilsChange;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.notification.control.BookingKeys;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One booking opened by the key in its mail (header {@code X-Lokaal-Key}, never in the address):
 * whoever holds the mail sees the booking, changes its pupils or cancels it, without signing in.
 * The key opens this booking only; without it, or with another booking's, the booking is missing.
 */
@ApplicationScoped
@Path("booking-links/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BookingLinksResource {

  public static final String KEY = "X-Lokaal-Key";

  /** The booking as its mail's reader sees it, and whether its pupils can still change. */
  public record BookingLinkView(
      long id,
      long editionId,
      String edition,
      String group,
      String school,
      int pupils,
      Booking.Status status,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      String place,
      String address,
      boolean changeable) {

    static BookingLinkView of(Booking b) {
      VisitSlot s = b.slot();
      return new BookingLinkView(
          b.id(),
          s.edition().id(),
          s.edition().name(),
          b.group().name(),
          b.group().school().name(),
          b.pupils(),
          b.status(),
          s.day(),
          s.window().start(),
          s.window().end(),
          s.placeName(),
          s.address() == null ? null : s.address().oneLine(),
          b.status() != Booking.Status.CANCELLED
              && s.edition().isRegistrationOpenOn(LocalDate.now()));
    }
  }

  @Inject BookingKeys keys;
  @Inject Bookings bookings;
  @Inject Access access;
  @Inject AuditLog audit;

  @GET
  @APIResponse(description = "The booking the key opens")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public BookingLinkView get(@PathParam("id") long id, @HeaderParam(KEY) String key) {
    return BookingLinkView.of(keys.open(id, key));
  }

  @PUT
  @APIResponse(description = "The booking as changed")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public BookingLinkView changePupils(
      @PathParam("id") long id, @HeaderParam(KEY) String key, @Valid @NotNull PupilsChange change) {
    Booking booking = keys.open(id, key);
    access.requireChangeable(booking.slot().edition());
    bookings.changePupils(booking, change.pupils);
    audit.record(
        booking.slot().edition(),
        "booking.changed",
        "booking " + id,
        "pupils " + change.pupils + ", by the link in its mail");
    return BookingLinkView.of(booking);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response cancel(@PathParam("id") long id, @HeaderParam(KEY) String key) {
    Booking booking = keys.open(id, key);
    bookings.cancel(booking);
    audit.record(
        booking.slot().edition(),
        "booking.cancelled",
        "booking " + id,
        booking.group().name() + ", by the link in its mail");
    return Response.noContent().build();
  }
}
