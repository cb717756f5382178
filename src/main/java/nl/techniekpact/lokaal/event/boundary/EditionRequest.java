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
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.Violations;
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

  /** What the request describes, checked. */
  record Description(
      String name, DateRange period, DateRange registration, Levels levels, int visits) {}

  /**
   * The description for an edition of {@code kind}, each field checked by the edition's own rules;
   * every field they refuse is named at once.
   */
  Description description(EditionKind kind) {
    Violations refused = new Violations();
    String checkedName = refused.check(() -> Require.text(name, "name", 120));
    DateRange period = refused.check(() -> new DateRange(firstDay, lastDay, "firstDay", "lastDay"));
    DateRange registration =
        refused.check(
            () ->
                new DateRange(
                    registrationOpens,
                    registrationCloses,
                    "registrationOpens",
                    "registrationCloses"));
    Levels levels = refused.check(() -> Levels.of(allowedLevels, "allowedLevels"));
    int visits = visitsPerGroup == null ? 1 : visitsPerGroup;
    refused.check(() -> Require.range(visits, 1, 5, "visitsPerGroup"));
    refused.check(() -> Require.optionalEmail(mailbox, "mailbox"));
    if (period != null && registration != null && kind != null) {
      kind.registrationTooLate(registration, period).ifPresent(refused::add);
    }
    refused.throwIfAny();
    return new Description(checkedName, period, registration, levels, visits);
  }
}
