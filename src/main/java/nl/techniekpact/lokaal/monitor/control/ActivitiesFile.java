package nl.techniekpact.lokaal.monitor.control;

import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.DATE;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.GROUPS;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.KIND;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.LEVEL;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.NAME;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.PUPILS;
import static nl.techniekpact.lokaal.monitor.control.ActivityColumns.SCHOOL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.exchange.control.Cells;
import nl.techniekpact.lokaal.exchange.control.Table;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.monitor.entity.ActivityKind;
import nl.techniekpact.lokaal.monitor.entity.ActivityLine;
import nl.techniekpact.lokaal.monitor.entity.ExternalActivity;
import nl.techniekpact.lokaal.monitor.entity.ExternalParticipation;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * Reads activities held outside Lokaal from a spreadsheet (CSV in either convention, .xlsx) with
 * the readers of edition uploads: one row per school's part in an activity, all or nothing. Rows
 * with the same name, kind and date are one activity. Columns it does not know are ignored.
 */
public final class ActivitiesFile {

  /** The one table of an activities upload, whatever its files are called. */
  public static final String TABLE = "activities";

  private static final Pattern WHOLE = Pattern.compile("^[0-9]{1,9}$");

  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** The rows, each checked; one bad cell refuses the whole file with every error listed. */
  public List<ActivityLine> read(Upload upload) {
    List<RowError> errors = new ArrayList<>(upload.problems());
    var source = upload.table(TABLE);
    if (source.isEmpty()) {
      if (errors.isEmpty()) {
        errors.add(RowError.of(null, 0, "file", "upload.chooseFiles"));
      }
      throw new ImportRejectedException(errors);
    }
    ActivityColumns columns = new ActivityColumns(source.get());
    Table table = Table.open(columns, ActivityColumns.REQUIRED, !upload.isSheet(TABLE), errors);
    List<ActivityLine> lines = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, errors);
      String name = cells.trimmed(NAME, ExternalActivity.NAME_LENGTH);
      String kind = cells.trimmed(KIND, ActivityKind.NAME_LENGTH);
      LocalDate day = cells.read(DATE, cell -> day(cell));
      SchoolId school = cells.read(SCHOOL, cell -> SchoolId.parse(cell.replace(" ", ""), SCHOOL));
      Integer groups =
          cells.read(GROUPS, cell -> whole(cell, GROUPS, ExternalParticipation.MAX_GROUPS));
      Integer pupils =
          cells.read(PUPILS, cell -> whole(cell, PUPILS, ExternalParticipation.MAX_PUPILS));
      Level level =
          table.has(LEVEL)
              ? cells.read(
                  LEVEL,
                  cell ->
                      cell.isBlank()
                          ? null
                          : Level.parse(cell.toUpperCase(java.util.Locale.ROOT), LEVEL))
              : null;
      if (!cells.accepted()) {
        continue;
      }
      ActivityLine line =
          new ActivityLine(cells.line(), name, kind, day, school, groups, pupils, level);
      Integer before = seen.putIfAbsent(line.activityKey() + "\n" + school.value(), line.line());
      if (before != null) {
        cells.reject(SCHOOL, "activity.schoolTwiceInFile", school.value(), before);
        continue;
      }
      lines.add(line);
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    if (lines.isEmpty()) {
      throw ImportRejectedException.because("activity.fileEmpty");
    }
    return lines;
  }

  /** 2026-03-16, or as a Dutch spreadsheet shows it: 16-3-2026; within the sane range. */
  static LocalDate day(String cell) {
    String text = Require.text(cell, DATE, 40);
    LocalDate day;
    try {
      day = text.indexOf('-') == 4 ? LocalDate.parse(text) : LocalDate.parse(text, DUTCH_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(DATE, "cell.date", cell);
    }
    if (day.isBefore(ExternalActivity.FIRST_DAY) || day.isAfter(ExternalActivity.LAST_DAY)) {
      throw new InvalidValueException(
          DATE,
          "activity.dayOutOfRange",
          day,
          ExternalActivity.FIRST_DAY,
          ExternalActivity.LAST_DAY);
    }
    return day;
  }

  private static int whole(String cell, String column, int max) {
    if (!WHOLE.matcher(Require.text(cell, column, 20)).matches()) {
      throw new InvalidValueException(column, "cell.whole", 1, max, cell);
    }
    return Require.range(Integer.parseInt(cell), 1, max, column);
  }
}
