package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.platform.control.Workbooks.date;
import static nl.techniekpact.lokaal.platform.control.Workbooks.number;
import static nl.techniekpact.lokaal.platform.control.Workbooks.text;
import static nl.techniekpact.lokaal.platform.control.Workbooks.time;

import java.util.List;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.platform.control.Workbooks.Column;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;

/**
 * An edition's four interchange files as the sheets of one workbook, for organisers who keep their
 * lists in Excel: each sheet is named after its file without {@code .csv}, has the file's header
 * and its rows in the order {@link InterchangeWriter} writes them, with numbers, dates and times as
 * typed cells and every list as the same text the CSV file holds.
 */
public final class InterchangeWorkbook {

  static final List<Column<SchoolRow>> SCHOOLS =
      List.of(
          text(SchoolsFile.ID, s -> s.id().value()),
          text("name", SchoolRow::name),
          text("kind", s -> s.kind().name()),
          text("town", SchoolRow::town),
          text("postcode", SchoolRow::postcode),
          number("lat", s -> s.location().latitude()),
          number("lon", s -> s.location().longitude()),
          text("contact_email", SchoolRow::contactEmail));

  static final List<Column<CompanyRow>> COMPANIES =
      List.of(
          text(CompaniesFile.ID, CompanyRow::id),
          text("name", CompanyRow::name),
          text("sector", CompanyRow::sector),
          text("town", CompanyRow::town),
          text("postcode", CompanyRow::postcode),
          number("lat", c -> c.location().latitude()),
          number("lon", c -> c.location().longitude()),
          text("contact_email", CompanyRow::contactEmail));

  static final List<Column<SlotRow>> SLOTS =
      List.of(
          text(SlotsFile.ID, SlotRow::id),
          text("company_id", SlotRow::companyId),
          date("date", SlotRow::date),
          time("start", SlotRow::start),
          time("end", SlotRow::end),
          number("capacity_pupils", SlotRow::capacityPupils),
          number("max_groups", SlotRow::maxGroups),
          text("levels", s -> s.levels().codes()));

  static final List<Column<GroupRow>> GROUPS =
      List.of(
          text(GroupsFile.ID, GroupRow::id),
          text("school_id", g -> g.schoolId().value()),
          text("name", GroupRow::name),
          text("level", g -> g.level().name()),
          number("pupils", GroupRow::pupils),
          text("days", g -> g.days().codes()),
          text("transport", g -> g.transport().code()),
          number("max_km", GroupRow::maxKm),
          text("preferences", g -> String.join(";", g.preferences())),
          text("teacher_email", GroupRow::teacherEmail));

  private InterchangeWorkbook() {}

  /** The four sheets, in the order of {@link EditionFiles#FILE_NAMES}. */
  public static List<Sheet<?>> sheets(EditionFiles edition) {
    return List.of(
        new Sheet<>(
            sheetName(EditionFiles.SCHOOLS),
            SCHOOLS,
            InterchangeWriter.ordered(
                edition.schools(), SchoolRow::line, school -> school.id().value())),
        new Sheet<>(
            sheetName(EditionFiles.COMPANIES),
            COMPANIES,
            InterchangeWriter.ordered(edition.companies(), CompanyRow::line, CompanyRow::id)),
        new Sheet<>(
            sheetName(EditionFiles.SLOTS),
            SLOTS,
            InterchangeWriter.ordered(edition.slots(), SlotRow::line, SlotRow::id)),
        new Sheet<>(
            sheetName(EditionFiles.GROUPS),
            GROUPS,
            InterchangeWriter.ordered(edition.groups(), GroupRow::line, GroupRow::id)));
  }

  /** The sheet of a file: {@code schools.csv} is the sheet {@code schools}. */
  public static String sheetName(String fileName) {
    return fileName.substring(0, fileName.length() - ".csv".length());
  }

  /** The file name the workbook of an edition is downloaded as. */
  public static String fileName(long edition) {
    return "edition-" + edition + ".xlsx";
  }
}
