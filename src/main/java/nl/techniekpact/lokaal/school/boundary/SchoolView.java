package nl.techniekpact.lokaal.school.boundary;

import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * A school as it and its organisers see it; {@code language} is the one its mail is written in
 * (null: never chosen, Dutch).
 */
public record SchoolView(
    long id,
    String schoolId,
    String region,
    String name,
    SchoolKind kind,
    String street,
    String postcode,
    String town,
    double lat,
    double lon,
    String contactName,
    String contactEmail,
    String contactPhone,
    String language) {

  static SchoolView of(School s) {
    return new SchoolView(
        s.id(),
        s.code().value(),
        s.region().code(),
        s.name(),
        s.kind(),
        s.address().street(),
        s.address().postcode(),
        s.address().town(),
        s.location().latitude(),
        s.location().longitude(),
        s.contact().name(),
        s.contact().email(),
        s.contact().phone(),
        s.contact().language());
  }
}
