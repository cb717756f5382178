package nl.techniekpact.lokaal.school.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** The days a class group can go on a visit: at least one, written "2027-03-15;2027-03-16". */
public final class Days {

  private final SortedSet<LocalDate> days;

  private Days(SortedSet<LocalDate> days) {
    this.days = days;
  }

  public static Days of(Collection<LocalDate> days, String field) {
    if (days == null || days.isEmpty()) {
      throw new InvalidValueException(field, "school.days.none");
    }
    return new Days(java.util.Collections.unmodifiableSortedSet(new TreeSet<>(days)));
  }

  public static Days parse(String text, String field) {
    TreeSet<LocalDate> parsed = new TreeSet<>();
    if (text != null) {
      for (String part : text.split(";")) {
        if (!part.isBlank()) {
          try {
            parsed.add(LocalDate.parse(part.strip()));
          } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "school.days.notADate", part.strip());
          }
        }
      }
    }
    return of(parsed, field);
  }

  public boolean contains(LocalDate day) {
    return days.contains(day);
  }

  public List<LocalDate> asList() {
    return List.copyOf(days);
  }

  public String codes() {
    return days.stream().map(LocalDate::toString).collect(Collectors.joining(";"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Days d && d.days.equals(days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  @Override
  public String toString() {
    return codes();
  }
}
