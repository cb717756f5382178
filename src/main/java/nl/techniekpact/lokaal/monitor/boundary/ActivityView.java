package nl.techniekpact.lokaal.monitor.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.monitor.entity.ExternalActivity;
import nl.techniekpact.lokaal.monitor.entity.ExternalParticipation;

/** An activity held outside Lokaal as organisers read it, with its schools. */
public record ActivityView(
    long id,
    String name,
    long kindId,
    String kind,
    LocalDate date,
    String year,
    int groups,
    int pupils,
    List<SchoolPart> schools,
    long version) {

  public record SchoolPart(
      String code, String name, String town, int groups, int pupils, Level level) {
    static SchoolPart of(ExternalParticipation p) {
      return new SchoolPart(
          p.school().code().value(),
          p.school().name(),
          p.school().address().town(),
          p.groups(),
          p.pupils(),
          p.level().orElse(null));
    }
  }

  static ActivityView of(ExternalActivity a) {
    List<SchoolPart> schools = a.participations().stream().map(SchoolPart::of).toList();
    return new ActivityView(
        a.id(),
        a.name(),
        a.kind().id(),
        a.kind().name(),
        a.heldOn(),
        a.schoolYear().toString(),
        schools.stream().mapToInt(SchoolPart::groups).sum(),
        schools.stream().mapToInt(SchoolPart::pupils).sum(),
        schools,
        a.version());
  }
}
