package nl.techniekpact.lokaal.monitor.entity;

import java.util.List;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/** One checked row of an uploaded register: a school location as the register lists it now. */
public record RegisterEntry(
    int line, SchoolId code, String name, SchoolKind kind, Address address, String municipality) {

  /** The columns a preview compares, in order, and their values as text. */
  public static final List<String> COLUMNS =
      List.of("name", "kind", "street", "postcode", "town", "municipality");

  public List<String> cells() {
    return cells(name, kind, address, municipality);
  }

  public static List<String> cells(RegisterSchool school) {
    return cells(school.name(), school.kind(), school.address(), school.municipality());
  }

  private static List<String> cells(
      String name, SchoolKind kind, Address address, String municipality) {
    return List.of(
        name,
        kind.name(),
        address.street() == null ? "" : address.street(),
        address.postcode() == null ? "" : address.postcode(),
        address.town(),
        municipality);
  }
}
