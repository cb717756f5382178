package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The sessions of a show, or the time slots of a centre, with seats left: public, so that anyone
 * sees what is free.
 */
@ApplicationScoped
@Path("editions/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class EditionSessionsResource {

  @Inject Editions editions;
  @Inject Companies companies;
  @Inject Bookings bookings;
  @Inject Access access;

  @GET
  @APIResponse(description = "Every session with the seats left")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<SessionView> sessions(@PathParam("id") long id) {
    Edition edition = access.requireVisible(editions.edition(id));
    return companies.slots(edition).stream()
        .map(slot -> SessionView.of(slot, bookings.count(slot), bookings.waitingCount(slot)))
        .toList();
  }
}
