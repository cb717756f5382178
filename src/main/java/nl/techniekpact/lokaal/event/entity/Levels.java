package nl.techniekpact.lokaal.event.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** A non-empty set of levels, written as "PO7;PO8" in files and in the database. */
public final class Levels {

  private final Set<Level> levels;

  private Levels(Set<Level> levels) {
    this.levels = levels;
  }

  public static Levels of(Collection<Level> levels, String field) {
    if (levels == null || levels.isEmpty()) {
      throw new InvalidValueException(field, "levels.none");
    }
    return new Levels(Set.copyOf(EnumSet.copyOf(levels)));
  }

  public static Levels of(Level... levels) {
    return of(Arrays.asList(levels), "levels");
  }

  /** Parses "PO7;PO8"; every code must be known. */
  public static Levels parse(String codes, String field) {
    EnumSet<Level> parsed = EnumSet.noneOf(Level.class);
    if (codes != null) {
      for (String code : codes.split(";")) {
        if (!code.isBlank()) {
          parsed.add(Level.parse(code, field));
        }
      }
    }
    return of(parsed, field);
  }

  public boolean contains(Level level) {
    return levels.contains(level);
  }

  public boolean containsAll(Levels other) {
    return levels.containsAll(other.levels);
  }

  public boolean overlaps(Levels other) {
    return other.levels.stream().anyMatch(levels::contains);
  }

  public Set<Level> asSet() {
    return levels;
  }

  /** "PO7;PO8", in the order of {@link Level}. */
  public String codes() {
    return EnumSet.copyOf(levels).stream().map(Enum::name).collect(Collectors.joining(";"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Levels l && l.levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return codes();
  }
}
