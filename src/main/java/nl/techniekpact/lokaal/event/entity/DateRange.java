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

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  protected DateRange() {}

  public DateRange(LocalDate firstDay, LocalDate lastDay, String field) {
    this.firstDay = Require.present(firstDay, field + ".first");
    this.lastDay = Require.present(lastDay, field + ".last");
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidValueException(
          field, field + " ends (" + lastDay + ") before it starts (" + firstDay + ")");
    }
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
