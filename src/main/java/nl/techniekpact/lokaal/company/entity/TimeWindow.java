package nl.techniekpact.lokaal.company.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/** From a start to a later end time on one day, local time Europe/Amsterdam. */
@Embeddable
public class TimeWindow {

  @Column(name = "start_time", nullable = false)
  private LocalTime start;

  @Column(name = "end_time", nullable = false)
  private LocalTime end;

  protected TimeWindow() {}

  public TimeWindow(LocalTime start, LocalTime end) {
    this.start = Require.present(start, "start");
    this.end = Require.present(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidValueException("end", "company.slot.endBeforeStart", end, start);
    }
  }

  public LocalTime start() {
    return start;
  }

  public LocalTime end() {
    return end;
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeWindow w && w.start.equals(start) && w.end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
