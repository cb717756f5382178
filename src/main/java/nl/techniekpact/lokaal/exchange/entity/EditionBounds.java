package nl.techniekpact.lokaal.exchange.entity;

import java.time.LocalDate;
import java.util.Objects;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;

/** What an imported edition must fit in: its visit days and the levels that take part. */
public record EditionBounds(DateRange period, Levels allowedLevels) {

  public EditionBounds {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(allowedLevels, "allowedLevels");
  }

  public static EditionBounds of(Edition edition) {
    return new EditionBounds(edition.period(), edition.allowedLevels());
  }

  public boolean contains(LocalDate day) {
    return period.contains(day);
  }

  public boolean allows(Level level) {
    return allowedLevels.contains(level);
  }
}
