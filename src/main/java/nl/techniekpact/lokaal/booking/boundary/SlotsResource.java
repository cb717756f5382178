package nl.techniekpact.lokaal.booking.boundary;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.control.Withdrawals;
import nl.techniekpact.lokaal.company.boundary.SlotRequest;
import nl.techniekpact.lokaal.company.boundary.SlotView;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One slot: its host company and the organisers read, change and withdraw it. It lives with the
 * bookings because their rules decide both changes: a slot keeps room for its confirmed bookings,
 * and is withdrawn only once they are cancelled.
 */
@ApplicationScoped
@Path("slots/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SlotsResource {

  @Inject Companies companies;
  @Inject Bookings bookings;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Withdrawals withdrawals;

  @GET
  @APIResponse(description = "The slot")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public SlotView get(@PathParam("id") long id) {
    return SlotView.of(own(id));
  }

  @PUT
  @APIResponse(description = "The slot as changed")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public SlotView change(@PathParam("id") long id, @Valid @NotNull SlotRequest request) {
    VisitSlot slot = own(id);
    access.requireChangeable(slot.edition());
    bookings.reschedule(
        slot, request.date, request.window(), request.seats, request.maxGroups, request.levelSet());
    audit.record(
        slot.edition(),
        "slot.changed",
        "slot " + slot.code(),
        slot.placeName(),
        slot.day(),
        slot.window().start(),
        slot.window().end(),
        slot.seats());
    return SlotView.of(slot);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response withdraw(@PathParam("id") long id) {
    VisitSlot slot = own(id);
    access.requireChangeable(slot.edition());
    withdrawals.ofSlot(slot);
    companies.remove(slot);
    audit.record(
        slot.edition(),
        "slot.withdrawn",
        "slot " + slot.code(),
        slot.placeName(),
        slot.day(),
        slot.window().start());
    return Response.noContent().build();
  }

  /** Venue slots (show sessions, centre visits) belong to the organisers alone. */
  private VisitSlot own(long id) {
    access.requireSignedIn();
    VisitSlot slot = companies.slot(id);
    if (slot.host() != null) {
      access.requireActingFor(slot.host(), "slot", id);
    } else {
      access.requireOrganiserOf(slot.edition().region());
    }
    return slot;
  }
}
