package nl.techniekpact.lokaal.school.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Violations;
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

  /**
   * The wished companies, each checked to be in the offer, in the order given; every wish that is
   * not is refused at once, by its place in the list.
   */
  public List<Company> requireOffered(
      Edition edition, School school, double reachKm, Level level, List<Long> wishedIds) {
    List<Offered> offer = within(edition, school, reachKm, level);
    Violations refused = new Violations();
    List<Company> wished = new ArrayList<>();
    for (int i = 0; i < wishedIds.size(); i++) {
      Long id = wishedIds.get(i);
      Optional<Offered> offered =
          offer.stream().filter(o -> o.company().id().equals(id)).findFirst();
      if (offered.isPresent()) {
        wished.add(offered.get().company());
      } else {
        refused.add(
            new Violation(
                "wishes[" + i + "]",
                "school.group.wishes.notOffered",
                List.of(i + 1, reachKm, level)));
      }
    }
    refused.throwIfAny();
    return List.copyOf(wished);
  }
}
