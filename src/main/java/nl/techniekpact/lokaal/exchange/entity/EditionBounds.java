package nl.techniekpact.lokaal.exchange.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * What an imported edition must fit in: its visit days and the levels that take part; for a merge
 * also the schools and companies it already holds, which the files may refer to without listing.
 */
public record EditionBounds(
    DateRange period,
    Levels allowedLevels,
    Map<SchoolId, SchoolKind> enrolledSchools,
    Set<String> enrolledCompanies) {

  public EditionBounds {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(allowedLevels, "allowedLevels");
    enrolledSchools = Map.copyOf(enrolledSchools);
    enrolledCompanies = Set.copyOf(enrolledCompanies);
  }

  /** Bounds for files that hold the whole edition. */
  public EditionBounds(DateRange period, Levels allowedLevels) {
    this(period, allowedLevels, Map.of(), Set.of());
  }

  public static EditionBounds of(Edition edition, ImportMode mode) {
    if (mode == ImportMode.REPLACE) {
      return new EditionBounds(edition.period(), edition.allowedLevels());
    }
    Map<SchoolId, SchoolKind> schools = new HashMap<>();
    edition.schools().forEach(s -> schools.put(s.code(), s.kind()));
    Set<String> companies = new HashSet<>();
    edition.companies().forEach(c -> companies.add(c.code()));
    return new EditionBounds(edition.period(), edition.allowedLevels(), schools, companies);
  }

  public boolean contains(LocalDate day) {
    return period.contains(day);
  }

  public boolean allows(Level level) {
    return allowedLevels.contains(level);
  }

  /** The kind of a school the edition already holds. */
  public Optional<SchoolKind> enrolled(SchoolId school) {
    return Optional.ofNullable(enrolledSchools.get(school));
  }

  public boolean enrolled(String company) {
    return enrolledCompanies.contains(company);
  }

  /**
   * How files may leave out what the edition holds: "in schools.csv" or "in schools.csv or the
   * edition".
   */
  public String where(String key) {
    return enrolledSchools.isEmpty() && enrolledCompanies.isEmpty() ? key : key + ".orEdition";
  }
}
