package nl.techniekpact.lokaal.exchange.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an .xlsx workbook, read as a stream of rows with fastexcel-reader. Cells become the
 * text the CSV format would hold: numbers as plain decimals, dates as 2026-03-16, times as 09:30,
 * whether the spreadsheet holds them as real values or as text.
 */
final class SheetSource implements TableSource {

  /** Excel keeps 15 significant digits; beyond them a stored double only shows binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  /** Excel's built-in number formats that show a date or a time. */
  private static final Pattern BUILT_IN_DATE_FORMATS = Pattern.compile("1[4-9]|2[0-2]|4[5-7]");

  /** Quoted text, [locale or colour] and escaped characters say nothing about dates. */
  private static final Pattern FORMAT_NOISE = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final String label;
  private final Sheet sheet;

  /** A sheet of a workbook the upload holds open, and closes, for all of its sheets. */
  SheetSource(String label, Sheet sheet) {
    this.label = label;
    this.sheet = sheet;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Opens a workbook once for all of its sheets (each open reads its table of shared strings);
   * empty when it is not a readable workbook.
   */
  static Optional<ReadableWorkbook> openWorkbook(Path file) {
    try {
      return Optional.of(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Cursor open(List<RowError> errors) {
    try {
      return new Rows(sheet.openStream(), errors);
    } catch (IOException | RuntimeException e) {
      errors.add(RowError.of(label, 0, null, TableSource.NOT_A_TABLE));
      return TableSource.nothing(false);
    }
  }

  private final class Rows implements Cursor {

    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<RowError> errors;
    private boolean complete = true;

    Rows(Stream<Row> stream, List<RowError> errors) {
      this.stream = stream;
      this.rows = stream.iterator();
      this.errors = errors;
    }

    @Override
    public Table.Row next() {
      try {
        if (!complete || !rows.hasNext()) {
          return null;
        }
        Row row = rows.next();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(text(row.getCell(i)));
        }
        return new Table.Row(row.getRowNum(), cells, true);
      } catch (RuntimeException e) {
        complete = false;
        errors.add(RowError.of(label, 0, null, "file.sheetBroken"));
        return null;
      }
    }

    @Override
    public boolean complete() {
      return complete;
    }

    @Override
    public void close() {
      stream.close();
    }
  }

  /** The cell as the CSV interchange format writes it; an empty or absent cell is "". */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell);
      case BOOLEAN -> cell.asBoolean() ? "TRUE" : "FALSE";
      case EMPTY -> "";
      // A formula counts with the value the spreadsheet last showed for it.
      case FORMULA, ERROR, STRING -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }

  private static String number(Cell cell) {
    if (!isDate(cell)) {
      return cell.asNumber().round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
    // Round to the second: 09:30 is stored as 0.3958333333333333.
    LocalDateTime at = cell.asDate().plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS);
    LocalTime time = at.toLocalTime();
    String clock = (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
    if (cell.asNumber().compareTo(BigDecimal.ONE) < 0) {
      return clock;
    }
    return time.equals(LocalTime.MIDNIGHT)
        ? at.toLocalDate().toString()
        : at.toLocalDate() + " " + clock;
  }

  /** A number shown as a date or time: a built-in date format or one with y, d, h or s in it. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && BUILT_IN_DATE_FORMATS.matcher(id.toString()).matches()) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String plain = FORMAT_NOISE.matcher(format).replaceAll("").toLowerCase();
    return plain.matches(".*[ydhs].*") || plain.contains("m") && !plain.matches(".*[0#?].*");
  }
}
