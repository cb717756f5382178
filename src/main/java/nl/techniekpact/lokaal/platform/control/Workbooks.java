package nl.techniekpact.lokaal.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one set of rules for every .xlsx workbook Lokaal writes, so that an export only names its
 * columns: a bold, filled header row that stays in view when scrolling, columns as wide as their
 * content, typed cells (numbers, dates as {@code yyyy-mm-dd}, times as {@code hh:mm}), and text
 * cells defused by {@link CsvCells} exactly as in the CSV exports, so an import reads them back the
 * same way.
 */
public final class Workbooks {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static final String DATE_FORMAT = "yyyy-mm-dd";
  public static final String TIME_FORMAT = "hh:mm";

  private static final String HEADER_FILL = "DDEBF7";

  /** Rows a sheet holds before it writes them out, so a long sheet never sits whole in memory. */
  private static final int ROWS_PER_FLUSH = 500;

  private static final double MIN_WIDTH = 6;
  private static final double MAX_WIDTH = 60;
  private static final double SECONDS_PER_DAY = 24 * 60 * 60;

  private Workbooks() {}

  /** What a column's cells hold, which decides how they are written. */
  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    TIME
  }

  /** A column: its header, and the cell of a row (null for an empty cell). */
  public record Column<R>(String header, Kind kind, Function<R, ?> cell) {
    public Column {
      Objects.requireNonNull(header);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(cell);
    }
  }

  public static <R> Column<R> text(String header, Function<R, String> cell) {
    return new Column<>(header, Kind.TEXT, cell);
  }

  public static <R> Column<R> number(String header, Function<R, ? extends Number> cell) {
    return new Column<>(header, Kind.NUMBER, cell);
  }

  public static <R> Column<R> date(String header, Function<R, LocalDate> cell) {
    return new Column<>(header, Kind.DATE, cell);
  }

  public static <R> Column<R> time(String header, Function<R, LocalTime> cell) {
    return new Column<>(header, Kind.TIME, cell);
  }

  /** One sheet: its name on the tab, its columns and its rows, in order. */
  public record Sheet<R>(String name, List<Column<R>> columns, List<R> rows) {
    public Sheet {
      Objects.requireNonNull(name);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("sheet " + name + " has no columns");
      }
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** Writes the sheets, in order, as one workbook to {@code out}, which stays open. */
  public static void write(OutputStream out, List<Sheet<?>> sheets) throws IOException {
    Workbook workbook = new Workbook(out, "Lokaal", "1.0");
    for (Sheet<?> sheet : sheets) {
      write(workbook.newWorksheet(sheet.name()), sheet);
    }
    workbook.finish();
  }

  private static <R> void write(Worksheet ws, Sheet<R> sheet) throws IOException {
    List<Column<R>> columns = sheet.columns();
    // The header, widths and pane go out with the first flush, so they are set before any row.
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).header());
      ws.width(c, width(columns.get(c), sheet.rows()));
    }
    ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).set();
    ws.freezePane(0, 1);
    int r = 1;
    for (R row : sheet.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Column<R> column = columns.get(c);
        cell(ws, r, c, column.kind(), column.cell().apply(row));
      }
      if (r++ % ROWS_PER_FLUSH == 0) {
        ws.flush();
      }
    }
    ws.finish();
  }

  private static void cell(Worksheet ws, int r, int c, Kind kind, Object value) {
    if (value == null) {
      return;
    }
    switch (kind) {
      case TEXT -> ws.value(r, c, CsvCells.defuse(value.toString()));
      case NUMBER -> ws.value(r, c, (Number) value);
      case DATE -> {
        ws.value(r, c, (LocalDate) value);
        ws.style(r, c).format(DATE_FORMAT).set();
      }
      case TIME -> {
        // A spreadsheet time is the fraction of a day that has passed.
        ws.value(r, c, ((LocalTime) value).toSecondOfDay() / SECONDS_PER_DAY);
        ws.style(r, c).format(TIME_FORMAT).set();
      }
    }
  }

  /** Wide enough for the header and the longest cell, within bounds; in characters. */
  private static <R> double width(Column<R> column, List<R> rows) {
    int longest =
        switch (column.kind()) {
          case DATE -> DATE_FORMAT.length();
          case TIME -> TIME_FORMAT.length();
          case TEXT, NUMBER ->
              rows.stream()
                  .map(column.cell())
                  .filter(Objects::nonNull)
                  .mapToInt(value -> shown(column.kind(), value).length())
                  .max()
                  .orElse(0);
        };
    double wanted = Math.max(longest, column.header().length()) + 2;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, wanted));
  }

  private static String shown(Kind kind, Object value) {
    return kind == Kind.TEXT ? CsvCells.defuse(value.toString()) : value.toString();
  }
}
