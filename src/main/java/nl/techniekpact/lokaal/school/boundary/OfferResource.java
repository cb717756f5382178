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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.booking.control.Bookings;
import nl.techniekpact.lokaal.booking.entity.SeatCount;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
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
 * distance shown, with each one's slots for the level on the group's days and the places left.
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
      Set<Level> levels,
      List<SlotOffer> slots) {}

  /** A slot of an offered company: when, and how many pupils and groups it still has room for. */
  public record SlotOffer(
      long slotId, LocalDate date, LocalTime start, LocalTime end, int seatsLeft, int groupsLeft) {}

  @Inject Schools schools;
  @Inject Editions editions;
  @Inject Offer offer;
  @Inject Access access;
  @Inject Companies companies;
  @Inject Bookings bookings;

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
      @QueryParam("level") Level level,
      @QueryParam("days") String days) {
    access.requireSignedIn();
    Edition edition = access.requireVisible(editions.edition(id));
    School school = EditionGroupsResource.school(access, schools, edition, schoolId);
    if (reachKm == null || reachKm <= 0 || reachKm > ClassGroup.MAX_REACH_KM) {
      throw new InvalidValueException("reachKm", "school.offer.reach", ClassGroup.MAX_REACH_KM);
    }
    Set<LocalDate> groupDays = days(days);
    Map<Long, List<SlotOffer>> slots = slotsByHost(edition, level, groupDays);
    return offer.within(edition, school, reachKm, level).stream()
        .map(
            o ->
                new OfferedView(
                    o.company().id(),
                    o.company().name(),
                    o.company().sector(),
                    o.company().address().town(),
                    Math.round(o.distanceKm() * 10) / 10.0,
                    o.levels(),
                    slots.getOrDefault(o.company().id(), List.of())))
        .toList();
  }

  /** The group's days as the form sends them, 2027-03-16,2027-03-17; none given means every day. */
  private static Set<LocalDate> days(String days) {
    if (days == null || days.isBlank()) {
      return Set.of();
    }
    Set<LocalDate> parsed = new TreeSet<>();
    for (String day : days.split(",", 20)) {
      try {
        parsed.add(LocalDate.parse(day.strip()));
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("days", "offer.notADay", day.strip());
      }
    }
    return parsed;
  }

  /** Each host's slots for the level on the days, in time order, with what is left of them. */
  private Map<Long, List<SlotOffer>> slotsByHost(
      Edition edition, Level level, Set<LocalDate> days) {
    return companies.slots(edition).stream()
        .filter(s -> s.host() != null)
        .filter(s -> level == null || s.levels().asSet().contains(level))
        .filter(s -> days.isEmpty() || days.contains(s.day()))
        .sorted(
            Comparator.comparing(VisitSlot::day)
                .thenComparing(s -> s.window().start())
                .thenComparing(VisitSlot::id))
        .collect(
            Collectors.groupingBy(
                s -> s.host().id(), Collectors.mapping(this::slotOffer, Collectors.toList())));
  }

  private SlotOffer slotOffer(VisitSlot slot) {
    SeatCount count = bookings.count(slot);
    return new SlotOffer(
        slot.id(),
        slot.day(),
        slot.window().start(),
        slot.window().end(),
        count.seatsLeft(),
        count.groupsLeft());
  }
}
