package nl.techniekpact.lokaal.school.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.control.Offer;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.School;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The companies a group of a school may wish for: within reach, offering its level, nearest first,
 * distance shown.
 */
@ApplicationScoped
@Path("editions/{id}/offer")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class OfferResource {

  public record OfferedView(
      long companyId,
      String name,
      String sector,
      String town,
      double distanceKm,
      Set<Level> levels) {}

  @Inject Schools schools;
  @Inject Editions editions;
  @Inject Offer offer;
  @Inject Access access;

  @GET
  @APIResponse(description = "The slots within reach for the level")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<OfferedView> offer(
      @PathParam("id") long id,
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("reachKm") Double reachKm,
      @QueryParam("level") Level level) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    School school = EditionGroupsResource.school(access, schools, edition, schoolId);
    if (reachKm == null || reachKm <= 0 || reachKm > ClassGroup.MAX_REACH_KM) {
      throw new InvalidValueException("reachKm", "school.offer.reach", ClassGroup.MAX_REACH_KM);
    }
    return offer.within(edition, school, reachKm, level).stream()
        .map(
            o ->
                new OfferedView(
                    o.company().id(),
                    o.company().name(),
                    o.company().sector(),
                    o.company().address().town(),
                    Math.round(o.distanceKm() * 10) / 10.0,
                    o.levels()))
        .toList();
  }
}
