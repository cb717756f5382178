package nl.techniekpact.lokaal.event.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Level;

/** An edition as the REST API shows it. */
public record EditionView(
    long id,
    String region,
    EditionKind kind,
    String name,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalDate registrationOpens,
    LocalDate registrationCloses,
    List<Level> allowedLevels,
    int visitsPerGroup,
    String mailbox,
    EditionStatus status) {

  public static EditionView of(Edition e) {
    return new EditionView(
        e.id(),
        e.region().code(),
        e.kind(),
        e.name(),
        e.period().firstDay(),
        e.period().lastDay(),
        e.registration().firstDay(),
        e.registration().lastDay(),
        e.allowedLevels().asSet().stream().sorted().toList(),
        e.visitsPerGroup(),
        e.mailbox().orElse(null),
        e.status());
  }
}
