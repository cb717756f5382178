package nl.techniekpact.lokaal.company.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** A visit slot as a company (or an organiser on its behalf) offers it. */
public class SlotRequest {
  /** Only organisers say for which company; a company always offers its own slots. */
  public Long companyId;

  @NotNull public LocalDate date;
  @NotNull public LocalTime start;
  @NotNull public LocalTime end;

  @NotNull
  @Min(1)
  @Max(1000)
  public Integer seats;

  @NotNull
  @Min(1)
  @Max(50)
  public Integer maxGroups;

  @NotEmpty public List<@NotNull Level> levels;

  @Size(max = 500)
  public String joinLink;

  public TimeWindow window() {
    return new TimeWindow(start, end);
  }

  public Levels levelSet() {
    return Levels.of(levels, "levels");
  }

  URI link() {
    if (joinLink == null || joinLink.isBlank()) {
      return null;
    }
    try {
      return new URI(joinLink.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidValueException("joinLink", "company.slot.joinLink.unreadable", joinLink);
    }
  }
}
