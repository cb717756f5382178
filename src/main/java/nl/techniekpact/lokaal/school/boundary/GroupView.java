package nl.techniekpact.lokaal.school.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Transport;

/** A class group as its school and the organisers see it. */
public record GroupView(
    long id,
    long edition,
    String code,
    long schoolId,
    String school,
    String name,
    Level level,
    int pupils,
    String teacherName,
    String teacherEmail,
    String teacherPhone,
    String teacherLanguage,
    List<LocalDate> days,
    Transport transport,
    double reachKm,
    List<Long> wishes) {

  static GroupView of(ClassGroup g) {
    return new GroupView(
        g.id(),
        g.edition().id(),
        g.code(),
        g.school().id(),
        g.school().name(),
        g.name(),
        g.level(),
        g.pupils(),
        g.teacher().name(),
        g.teacher().email(),
        g.teacher().phone(),
        g.teacher().language(),
        g.days().asList(),
        g.transport(),
        g.reachKm(),
        g.wishes().stream().map(Company::id).toList());
  }
}
