package nl.techniekpact.lokaal.exchange.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/**
 * One table of an edition (schools, companies, slots or groups) from a CSV file or a sheet: its
 * header, then its data rows, read once as a stream so that a large upload is never held whole.
 * Problems with the table as a whole (missing, unreadable, header, row width) are reported here.
 */
public final class Table {

  /**
   * A data row; one that is not {@code wellFormed} has the wrong number of cells and only feeds id
   * checks.
   */
  public record Row(int line, List<String> cells, boolean wellFormed) {

    public boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** The rows of a table a merge leaves out: none, and all of them read. */
  private static final TableSource.Cursor MISSING = TableSource.nothing(true);

  /** Far above a national edition; a bound on what a small bad workbook can unpack to. */
  static final int MAX_ROWS = 100_000;

  private final String file;
  private final Map<String, Integer> columns;
  private final TableSource.Cursor cursor;
  private final boolean strictWidth;
  private final int width;
  private final List<RowError> errors;
  private final boolean supplied;
  private int read;
  private boolean truncated;

  private Table(
      String file,
      Map<String, Integer> columns,
      TableSource.Cursor cursor,
      boolean strictWidth,
      int width,
      List<RowError> errors) {
    this.supplied = cursor != MISSING;
    this.file = file;
    this.columns = columns;
    this.cursor = cursor;
    this.strictWidth = strictWidth;
    this.width = width;
    this.errors = errors;
  }

  /** A table that was not supplied: an error when it is required, else simply no rows. */
  static Table missing(String file, boolean required, List<RowError> errors) {
    if (required) {
      errors.add(RowError.of(file, 0, null, "file.missing", file));
    }
    return new Table(
        file, Map.of(), required ? TableSource.nothing(false) : MISSING, true, 0, errors);
  }

  /** A table whose file came but could not be read (reported): its ids are not known. */
  static Table unreadable(String file, List<RowError> errors) {
    return new Table(file, Map.of(), TableSource.nothing(false), true, 0, errors);
  }

  /**
   * Opens a table and checks its header; {@code strictWidth} is for CSV, where every row has as
   * many cells as the header, while a sheet simply ends a row at its last filled cell.
   */
  public static Table open(
      TableSource source, List<String> required, boolean strictWidth, List<RowError> errors) {
    String file = source.label();
    TableSource.Cursor cursor = source.open(errors);
    Row header = cursor.next();
    while (header != null && header.blank()) {
      header = cursor.next();
    }
    if (header == null) {
      if (cursor.complete()) {
        errors.add(RowError.of(file, 0, null, "file.empty", file));
      }
      cursor.close();
      return new Table(file, Map.of(), TableSource.nothing(false), strictWidth, 0, errors);
    }
    Collection<RowError> found = new LinkedHashSet<>();
    Map<String, Integer> columns = columns(file, header, required, found);
    errors.addAll(found);
    if (columns.keySet().stream().noneMatch(required::contains)) {
      // Not the table it claims to be: one message instead of one per column and row.
      cursor.close();
      return new Table(file, columns, TableSource.nothing(false), strictWidth, 0, errors);
    }
    return new Table(file, columns, cursor, strictWidth, header.cells().size(), errors);
  }

  /**
   * Positions of the header names; extra columns are fine and the order is free. A header that
   * holds none of the required columns gets one error for the file.
   */
  private static Map<String, Integer> columns(
      String file, Row header, List<String> required, Collection<RowError> found) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      if (columns.putIfAbsent(name, i) != null && required.contains(name)) {
        found.add(RowError.of(file, header.line(), name, "header.twice", name));
      }
    }
    if (columns.keySet().stream().noneMatch(required::contains)) {
      found.add(
          RowError.of(file, header.line(), null, "header.none", file, String.join(", ", required)));
      return columns;
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        found.add(RowError.of(file, header.line(), name, "header.lacks", name));
      }
    }
    return columns;
  }

  /** False for a table that was not in the upload (which a merge allows). */
  boolean supplied() {
    return supplied;
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * False when the file is missing or could not be read to its end: its ids are then not all known.
   * Known only once {@link #rows()} has been read through.
   */
  public boolean complete() {
    return cursor.complete() && !truncated;
  }

  /** The data rows, for one pass; blank rows (Excel leaves them at the end) are skipped. */
  public Iterable<Row> rows() {
    return () ->
        new Iterator<>() {
          private Row next = advance();

          private Row advance() {
            for (Row row = cursor.next(); row != null; row = cursor.next()) {
              if (row.blank()) {
                continue;
              }
              if (++read > MAX_ROWS) {
                truncated = true;
                errors.add(RowError.of(file, row.line(), null, "file.tooManyRows", MAX_ROWS));
                break;
              }
              return checked(row);
            }
            cursor.close();
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Row next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            Row row = next;
            next = advance();
            return row;
          }
        };
  }

  private Row checked(Row row) {
    if (!strictWidth || row.cells().size() == width) {
      return row;
    }
    errors.add(RowError.of(file, row.line(), null, "row.width", row.cells().size(), width));
    return new Row(row.line(), row.cells(), false);
  }

  /** Errors in a row of the wrong width would only echo that one error, so they are dropped. */
  public Cells cells(Row row, List<RowError> errors) {
    return new Cells(file, row, columns, row.wellFormed() ? errors : new ArrayList<>());
  }
}
