package nl.techniekpact.lokaal.exchange.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;

/**
 * Reads groups.csv: each group belongs to a school of schools.csv and fits the edition and its
 * school.
 */
final class GroupsFile {

  static final String ID = "group_id";
  static final List<String> COLUMNS =
      List.of(
          ID,
          "school_id",
          "name",
          "level",
          "pupils",
          "days",
          "transport",
          "max_km",
          "preferences",
          "teacher_email");

  /** The shortest reach ClassGroup accepts: a walk to the neighbours. */
  private static final double MIN_REACH_KM = 0.5;

  private final IdIndex ids = new IdIndex(ID);
  private final List<GroupRow> rows = new ArrayList<>();

  void read(
      Table table,
      List<RowError> errors,
      SchoolsFile schools,
      CompaniesFile companies,
      EditionBounds bounds) {
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, errors);
      String id = cells.id(ID);
      if (id != null) {
        ids.register(id, cells);
      }
      SchoolId schoolId = cells.read("school_id", cell -> SchoolId.parse(cell, "school_id"));
      if (schoolId != null && schools.lacks(schoolId)) {
        cells.reject("school_id", bounds.where("row.unknownSchool"), schoolId);
      }
      String name = cells.trimmed("name", 60);
      Level level = cells.read("level", cell -> Level.parse(cell, "level"));
      if (level != null) {
        requireInvited(cells, level, bounds);
        if (schoolId != null) {
          schools.kindOf(schoolId).ifPresent(kind -> requireFits(cells, level, kind));
        }
      }
      Integer pupils = cells.whole("pupils", 1, ClassGroup.MAX_PUPILS);
      Days days = cells.read("days", cell -> Days.parse(Cells.isoDates(cell), "days"));
      if (days != null) {
        requireWithin(cells, days, bounds);
      }
      Transport transport = cells.read("transport", cell -> Transport.parse(cell, "transport"));
      Double maxKm = cells.decimal("max_km", MIN_REACH_KM, ClassGroup.MAX_REACH_KM);
      List<String> preferences = preferences(cells, companies, bounds);
      String teacher = cells.email("teacher_email");
      if (cells.accepted()) {
        rows.add(
            new GroupRow(
                cells.line(),
                id,
                schoolId,
                name,
                level,
                pupils,
                days,
                transport,
                maxKm,
                preferences,
                teacher));
      }
    }
  }

  private static void requireInvited(Cells cells, Level level, EditionBounds bounds) {
    if (!bounds.allows(level)) {
      cells.reject("level", "row.levelNotInvited", level, bounds.allowedLevels());
    }
  }

  private static void requireFits(Cells cells, Level level, SchoolKind kind) {
    if (!fits(kind, level)) {
      cells.reject("level", "row.levelNotInSchool", kind.name(), level);
    }
  }

  /**
   * Primary schools have groepen, secondary schools klassen and mbo; special education may have
   * either.
   */
  private static boolean fits(SchoolKind kind, Level level) {
    boolean primary = level.name().startsWith("PO");
    return switch (kind) {
      case PO -> primary;
      case VO -> !primary;
      case SO -> true;
    };
  }

  private static void requireWithin(Cells cells, Days days, EditionBounds bounds) {
    for (LocalDate day : days.asList()) {
      if (!bounds.contains(day)) {
        cells.reject(
            "days", "row.dayOutside", day, bounds.period().firstDay(), bounds.period().lastDay());
      }
    }
  }

  /**
   * Company ids, best first. Only the first five count, so the rest is neither kept nor checked.
   */
  private static List<String> preferences(
      Cells cells, CompaniesFile companies, EditionBounds bounds) {
    String cell = cells.raw("preferences");
    if (cell == null) {
      return null;
    }
    List<String> wished = new ArrayList<>();
    for (String part : cell.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      if (wished.size() == ClassGroup.MAX_WISHES) {
        break;
      }
      try {
        String companyId = Cells.id(part.strip(), "preferences");
        if (wished.contains(companyId)) {
          cells.reject("preferences", "row.companyTwice", companyId);
        } else if (companies.lacks(companyId)) {
          cells.reject("preferences", bounds.where("row.unknownCompany"), companyId);
        } else {
          wished.add(companyId);
        }
      } catch (InvalidValueException e) {
        cells.reject("preferences", e);
      }
    }
    return wished;
  }

  List<GroupRow> rows() {
    return rows;
  }
}
