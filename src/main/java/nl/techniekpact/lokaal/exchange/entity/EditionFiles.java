package nl.techniekpact.lokaal.exchange.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;

/**
 * One edition in the CSV interchange format (schools, companies, slots, groups), as checked rows.
 * {@code line} is the row's line number in its file (the header is line 1), for error messages.
 */
public record EditionFiles(
    List<SchoolRow> schools,
    List<CompanyRow> companies,
    List<SlotRow> slots,
    List<GroupRow> groups) {

  public static final String SCHOOLS = "schools.csv";
  public static final String COMPANIES = "companies.csv";
  public static final String SLOTS = "slots.csv";
  public static final String GROUPS = "groups.csv";
  public static final List<String> FILE_NAMES = List.of(SCHOOLS, COMPANIES, SLOTS, GROUPS);

  public EditionFiles {
    schools = List.copyOf(schools);
    companies = List.copyOf(companies);
    slots = List.copyOf(slots);
    groups = List.copyOf(groups);
  }

  public record SchoolRow(
      int line,
      SchoolId id,
      String name,
      String town,
      String postcode,
      SchoolKind kind,
      GeoPoint location,
      String contactEmail) {}

  public record CompanyRow(
      int line,
      String id,
      String name,
      String sector,
      String town,
      String postcode,
      GeoPoint location,
      String contactEmail) {}

  public record SlotRow(
      int line,
      String id,
      String companyId,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      int capacityPupils,
      int maxGroups,
      Levels levels) {}

  /** {@code preferences} are company ids, best first; only the first five count. */
  public record GroupRow(
      int line,
      String id,
      SchoolId schoolId,
      String name,
      Level level,
      int pupils,
      Days days,
      Transport transport,
      double maxKm,
      List<String> preferences,
      String teacherEmail) {
    public GroupRow {
      preferences = List.copyOf(preferences);
    }
  }
}
