package nl.techniekpact.lokaal.monitor.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.control.ExternalActivities;
import nl.techniekpact.lokaal.monitor.entity.ActivityKind;
import nl.techniekpact.lokaal.monitor.entity.Participant;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Violations;

/**
 * An activity as the organiser's form sends it: name, kind (by id), date, and the schools with
 * their groups and pupils. {@code version}: the version the form was loaded with, for a change.
 */
public record ActivityRequest(
    String name, Long kind, LocalDate date, List<SchoolPart> schools, Long version) {

  /** One school by its BRIN + location code; level (PO5...) when known. */
  public record SchoolPart(String code, Integer groups, Integer pupils, String level) {}

  /** Every refused field at once: the kind, the schools by code, the counts. */
  Resolved resolve(Region region, ExternalActivities activities) {
    Violations violations = new Violations();
    ActivityKind found =
        kind == null
            ? violations.check(
                () -> {
                  throw new InvalidValueException("kind", "required");
                })
            : violations.check(() -> activities.kind(region, kind));
    if (date == null) {
      violations.add(new InvalidValueException("date", "required").violations().get(0));
    }
    List<Participant> parts = new ArrayList<>();
    for (SchoolPart part : schools == null ? List.<SchoolPart>of() : schools) {
      var school = violations.check(() -> activities.requireSchool(region, part.code()));
      Level level =
          part.level() == null || part.level().isBlank()
              ? null
              : violations.check(() -> Level.parse(part.level(), "level"));
      if (part.groups() == null || part.pupils() == null) {
        violations.add(new InvalidValueException("groups", "required").violations().get(0));
      } else if (school != null) {
        parts.add(new Participant(school, part.groups(), part.pupils(), level));
      }
    }
    violations.throwIfAny();
    return new Resolved(found, parts);
  }

  record Resolved(ActivityKind kind, List<Participant> schools) {}
}
