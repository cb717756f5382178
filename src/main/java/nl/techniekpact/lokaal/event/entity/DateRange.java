package nl.techniekpact.lokaal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/** Consecutive days, both ends included. */
@Embeddable
public class DateRange {

  /**
   * The first and last day any range may hold: the DATE range that SQL databases share (MySQL's),
   * and far from where date arithmetic runs out of years.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  protected DateRange() {}

  /** A range whose ends are the fields {@code field.firstDay} and {@code field.lastDay}. */
  public DateRange(LocalDate firstDay, LocalDate lastDay, String field) {
    this(firstDay, lastDay, field + ".firstDay", field + ".lastDay");
  }

  /** A range whose ends are two fields of their own, named for the refusals. */
  public DateRange(LocalDate firstDay, LocalDate lastDay, String firstField, String lastField) {
    this.firstDay = storable(Require.present(firstDay, firstField), firstField);
    this.lastDay = storable(Require.present(lastDay, lastField), lastField);
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidValueException(lastField, "dates.endBeforeStart", lastDay, firstDay);
    }
  }

  private static LocalDate storable(LocalDate day, String field) {
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      throw new InvalidValueException(field, "dates.notStorable", day, EARLIEST, LATEST);
    }
    return day;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /**
   * Refuses a day outside the range, naming the field; {@code key}'s {1} is the day, {2} and {3}
   * the range's ends.
   */
  public LocalDate requireWithin(LocalDate day, String field, String key) {
    Require.present(day, field);
    if (!contains(day)) {
      throw new InvalidValueException(field, key, day, firstDay, lastDay);
    }
    return day;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && r.firstDay.equals(firstDay) && r.lastDay.equals(lastDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, lastDay);
  }

  @Override
  public String toString() {
    return firstDay + ".." + lastDay;
  }
}
