package nl.techniekpact.lokaal.monitor.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** A Dutch school year: 1 August to 31 July, written as {@code 2026-2027}. */
public record SchoolYear(int firstYear) implements Comparable<SchoolYear> {

  private static final Pattern FORMAT = Pattern.compile("^([0-9]{4})-([0-9]{4})$");

  public SchoolYear {
    if (firstYear < 2000 || firstYear > 2199) {
      throw new InvalidValueException("year", "schoolYear.format", String.valueOf(firstYear));
    }
  }

  /** The school year a day falls in: from August on it is the year that starts then. */
  public static SchoolYear of(LocalDate day) {
    return new SchoolYear(
        day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
  }

  /** Reads {@code 2026-2027}; the second year must follow the first. */
  public static SchoolYear parse(String text, String field) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
      throw new InvalidValueException(field, "schoolYear.format", text == null ? "" : text);
    }
    return new SchoolYear(Integer.parseInt(m.group(1)));
  }

  public LocalDate firstDay() {
    return LocalDate.of(firstYear, Month.AUGUST, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(firstYear + 1, Month.JULY, 31);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  public SchoolYear previous() {
    return new SchoolYear(firstYear - 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(firstYear, other.firstYear);
  }

  @Override
  public String toString() {
    return firstYear + "-" + (firstYear + 1);
  }
}
