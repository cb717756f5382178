package nl.techniekpact.lokaal.event.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organiser says to create or change an edition. */
public class EditionRequest {

  @NotBlank
  @Size(max = 40)
  public String region;

  @NotNull public EditionKind kind;

  @NotBlank
  @Size(max = 120)
  public String name;

  @NotNull public LocalDate firstDay;
  @NotNull public LocalDate lastDay;
  @NotNull public LocalDate registrationOpens;
  @NotNull public LocalDate registrationCloses;

  /** The element type spelled out: the scanner leaves an array of enums without items. */
  @NotEmpty
  @Schema(type = SchemaType.ARRAY, implementation = Level.class)
  public List<@NotNull Level> allowedLevels;

  @Min(1)
  @Max(5)
  public Integer visitsPerGroup;

  /** The organisers' mailbox for this edition's mail and invites; optional. */
  @Email
  @Size(max = 254)
  public String mailbox;

  DateRange period() {
    return new DateRange(firstDay, lastDay, "period");
  }

  DateRange registration() {
    return new DateRange(registrationOpens, registrationCloses, "registration");
  }

  Levels levels() {
    return Levels.of(allowedLevels, "allowedLevels");
  }

  int visits() {
    return visitsPerGroup == null ? 1 : visitsPerGroup;
  }
}
