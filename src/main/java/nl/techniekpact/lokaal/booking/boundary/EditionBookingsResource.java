package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An edition's bookings: all for its organisers, its own for a school. */
@ApplicationScoped
@Path("editions/{id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class EditionBookingsResource {

  @Inject Editions editions;
  @Inject Bookings bookings;
  @Inject Access access;

  @GET
  @APIResponse(description = "The bookings the caller may see")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<BookingView> bookings(@PathParam("id") long id) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    if (access.runs(edition.region())) {
      return bookings.ofEdition(edition).stream().map(BookingView::of).toList();
    }
    if (!access.isSchool()) {
      throw new ForbiddenException("only schools and organisers list bookings");
    }
    long own = access.caller().subjectId();
    return bookings.ofEdition(edition).stream()
        .filter(b -> b.group().school().id() == own)
        .map(BookingView::of)
        .toList();
  }
}
