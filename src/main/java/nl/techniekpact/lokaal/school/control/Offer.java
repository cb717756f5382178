package nl.techniekpact.lokaal.school.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * What a school may wish for: the edition's companies within the group's reach that offer a slot
 * for its level, nearest first. Registration through Lokaal only accepts wishes from this offer.
 */
@ApplicationScoped
public class Offer {

  public record Offered(Company company, double distanceKm, Set<Level> levels) {}

  @Inject Companies companies;

  public List<Offered> within(Edition edition, School school, double reachKm, Level level) {
    Map<Company, Set<Level>> levelsByHost =
        companies.slots(edition).stream()
            .filter(s -> s.host() != null)
            .collect(
                Collectors.groupingBy(
                    VisitSlot::host,
                    Collectors.flatMapping(
                        s -> s.levels().asSet().stream(),
                        Collectors.toCollection(() -> EnumSet.noneOf(Level.class)))));
    return levelsByHost.entrySet().stream()
        .filter(e -> level == null || e.getValue().contains(level))
        .map(
            e ->
                new Offered(
                    e.getKey(), school.location().distanceKm(e.getKey().location()), e.getValue()))
        .filter(o -> o.distanceKm() <= reachKm)
        .sorted(
            Comparator.comparingDouble(Offered::distanceKm).thenComparing(o -> o.company().code()))
        .toList();
  }

  /** The wished companies, each checked to be in the offer, in the order given. */
  public List<Company> requireOffered(
      Edition edition, School school, double reachKm, Level level, List<Long> wishedIds) {
    List<Offered> offer = within(edition, school, reachKm, level);
    return wishedIds.stream()
        .map(
            id ->
                offer.stream()
                    .filter(o -> o.company().id().equals(id))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new InvalidValueException(
                                "wishes",
                                "company "
                                    + id
                                    + " is not offered to this group: "
                                    + "it takes no "
                                    + level
                                    + " groups within "
                                    + reachKm
                                    + " km of the school"))
                    .company())
        .toList();
  }
}
