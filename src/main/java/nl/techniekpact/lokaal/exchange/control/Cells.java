package nl.techniekpact.lokaal.exchange.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * The cells of one data row, read by column name. A value that breaks a rule becomes a {@link
 * RowError} and reads as null, so one pass over a row finds all of its errors.
 */
public final class Cells {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  /** Ids end up in ';'-separated lists and in URLs: the characters Company accepts for its code. */
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_-]{1,20}$");

  private static final Pattern WHOLE = Pattern.compile("^[-+]?[0-9]{1,9}$");

  /** A decimal point, or the comma of a Dutch or German spreadsheet; no thousands separators. */
  private static final Pattern DECIMAL = Pattern.compile("^[-+]?[0-9]+([.,][0-9]+)?$");

  /** Dates as the format writes them, or as a Dutch spreadsheet shows them: 16-3-2026. */
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Times as the format writes them, or as spreadsheets do: 9:30, 09:30:00. */
  private static final DateTimeFormatter ANY_TIME =
      DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

  private final String file;
  private final Table.Row row;
  private final Map<String, Integer> columns;
  private final List<RowError> errors;
  private boolean rejected;

  Cells(String file, Table.Row row, Map<String, Integer> columns, List<RowError> errors) {
    this.file = file;
    this.row = row;
    this.columns = columns;
    this.errors = errors;
  }

  public int line() {
    return row.line();
  }

  /** True when every cell read so far was present and valid: only then may the row be built. */
  public boolean accepted() {
    return !rejected;
  }

  /** Refuses the cell of {@code column}; {@code key}'s {0} is the column, {@code args} the rest. */
  public void reject(String column, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = column;
    System.arraycopy(args, 0, all, 1, args.length);
    rejected = true;
    errors.add(RowError.of(file, row.line(), column, key, all));
  }

  /** Refuses the cell of {@code column} for what a value object's own check found. */
  void reject(String column, InvalidValueException refused) {
    rejected = true;
    refused
        .violations()
        .forEach(violation -> errors.add(RowError.of(file, row.line(), column, violation)));
  }

  /**
   * The stripped cell, without the apostrophe a Lokaal export put before a formula; null when the
   * header lacks the column, which was reported once for the file.
   */
  public String raw(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      rejected = true;
      return null;
    }
    return index < row.cells().size() ? CsvCells.restore(row.cells().get(index).strip()) : "";
  }

  /**
   * Applies a value object's own check; its {@link InvalidValueException} becomes this cell's
   * error.
   */
  public <T> T read(String column, Function<String, T> parse) {
    String cell = raw(column);
    if (cell == null) {
      return null;
    }
    try {
      return parse.apply(cell);
    } catch (InvalidValueException e) {
      reject(column, e);
      return null;
    }
  }

  public String trimmed(String column, int maxLength) {
    return read(column, cell -> Require.text(cell, column, maxLength));
  }

  String email(String column) {
    return read(column, cell -> Require.email(cell, column));
  }

  /** Address owns the postcode rule; the town is a column of its own with its own check. */
  public String postcode(String column) {
    return read(column, cell -> new Address(null, cell, "town").postcode());
  }

  String id(String column) {
    return read(column, cell -> id(cell, column));
  }

  static String id(String cell, String column) {
    String id = Require.text(cell, column, 20);
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException(column, "cell.id", id);
    }
    return id;
  }

  Integer whole(String column, int min, int max) {
    return read(
        column,
        cell -> {
          if (!WHOLE.matcher(Require.text(cell, column, 20)).matches()) {
            throw new InvalidValueException(column, "cell.whole", min, max, cell);
          }
          return Require.range(Integer.parseInt(cell), min, max, column);
        });
  }

  Double decimal(String column, double min, double max) {
    return read(column, cell -> Require.range(decimal(cell, column), min, max, column));
  }

  /**
   * Plain decimals only, with a point or a comma: Java would also take "1e3", "NaN" or "8d", which
   * no spreadsheet means.
   */
  private static double decimal(String cell, String column) {
    if (!DECIMAL.matcher(Require.text(cell, column, 40)).matches()) {
      throw new InvalidValueException(column, "cell.decimal", cell);
    }
    return Double.parseDouble(cell.replace(',', '.'));
  }

  LocalDate date(String column) {
    return read(
        column,
        cell -> {
          String text = Require.text(cell, column, 40);
          try {
            return text.indexOf('-') == 4
                ? LocalDate.parse(text)
                : LocalDate.parse(text, DUTCH_DATE);
          } catch (DateTimeParseException e) {
            throw new InvalidValueException(column, "cell.date", cell);
          }
        });
  }

  /**
   * A ';'-list of dates with each Dutch date (16-3-2026, as Excel saves a single date) written as
   * 2026-03-16; anything else stays for the list's own check to name.
   */
  static String isoDates(String cell) {
    return Arrays.stream(cell.split(";", -1)).map(Cells::isoDate).collect(Collectors.joining(";"));
  }

  private static String isoDate(String part) {
    String day = part.strip();
    if (day.indexOf('-') == 4) {
      return part;
    }
    try {
      return LocalDate.parse(day, DUTCH_DATE).toString();
    } catch (DateTimeParseException e) {
      return part;
    }
  }

  LocalTime time(String column) {
    return read(
        column,
        cell -> {
          LocalTime time = null;
          try {
            time = LocalTime.parse(Require.text(cell, column, 40), ANY_TIME);
          } catch (DateTimeParseException e) {
            // reported below, as a time with seconds is
          }
          if (time == null || time.getSecond() != 0) {
            throw new InvalidValueException(column, "cell.time", cell);
          }
          return time;
        });
  }

  /** The lat and lon columns together; GeoPoint names the one that is out of range. */
  GeoPoint location() {
    Double lat = read("lat", cell -> decimal(cell, "lat"));
    Double lon = read("lon", cell -> decimal(cell, "lon"));
    if (lat == null || lon == null) {
      return null;
    }
    try {
      return new GeoPoint(lat, lon);
    } catch (InvalidValueException e) {
      reject(e.field(), e);
      return null;
    }
  }
}
