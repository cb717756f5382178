package nl.techniekpact.lokaal.exchange.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of an edition: its header and its data rows, each with the line it starts on.
 * Problems with the file as a whole (missing, not UTF-8, not CSV, header, row width) are reported
 * here.
 */
final class CsvTable {

  /**
   * A data row; one that is not {@code wellFormed} has the wrong number of cells and only feeds id
   * checks.
   */
  record Row(int line, List<String> cells, boolean wellFormed) {}

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final String file;
  private final Map<String, Integer> columns;
  private final List<Row> rows;
  private final boolean complete;

  private CsvTable(String file, Map<String, Integer> columns, List<Row> rows, boolean complete) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
    this.complete = complete;
  }

  /** {@code bytes} is null when the file was not supplied. */
  static CsvTable read(String file, byte[] bytes, List<String> required, List<RowError> errors) {
    if (bytes == null) {
      errors.add(new RowError(file, 0, null, "the file " + file + " is missing"));
      return new CsvTable(file, Map.of(), List.of(), false);
    }
    Utf8Text text = Utf8Text.decode(bytes);
    List<CSVRecord> records = new ArrayList<>();
    boolean complete = parse(file, text, records, errors);
    List<String> header = records.isEmpty() ? List.of() : records.get(0).toList();
    Collection<RowError> found = new LinkedHashSet<>();
    reportNotUtf8(file, text, records, header, found);
    Map<String, Integer> columns = columns(file, header, required, found);
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(Math.min(1, records.size()), records.size())) {
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue; // blank lines, typically at the end, carry no data
      }
      int line = text.lineOf(record.getCharacterPosition());
      boolean wellFormed = record.size() == header.size();
      if (!wellFormed) {
        found.add(
            new RowError(
                file,
                line,
                null,
                "the row has " + record.size() + " cells, the header has " + header.size()));
      }
      rows.add(new Row(line, record.toList(), wellFormed));
    }
    errors.addAll(found);
    return new CsvTable(file, columns, rows, complete);
  }

  /** Reads records up to the end or the first unreadable one; false when it stopped early. */
  private static boolean parse(
      String file, Utf8Text text, List<CSVRecord> records, List<RowError> errors) {
    try (CSVParser parser = CSVParser.parse(text.text(), FORMAT)) {
      long nextLine = 1;
      try {
        for (CSVRecord record : parser) {
          records.add(record);
          nextLine = parser.getCurrentLineNumber() + 1;
        }
        return true;
      } catch (UncheckedIOException e) {
        errors.add(
            new RowError(
                file,
                (int) nextLine,
                null,
                "not valid CSV from this line on: " + e.getCause().getMessage()));
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading CSV from a string cannot fail", e);
    }
  }

  /** Names the cell of every refused byte sequence, once per line and cell. */
  private static void reportNotUtf8(
      String file,
      Utf8Text text,
      List<CSVRecord> records,
      List<String> header,
      Collection<RowError> found) {
    List<Integer> positions = text.notUtf8();
    int next = 0;
    for (int r = 0; r < records.size(); r++) {
      long end =
          r + 1 < records.size() ? records.get(r + 1).getCharacterPosition() : Long.MAX_VALUE;
      CSVRecord record = records.get(r);
      for (int c = 0; c < record.size(); c++) {
        String column = r == 0 || c >= header.size() ? null : header.get(c).strip();
        for (int marks = count(record.get(c));
            marks > 0 && next < positions.size() && positions.get(next) < end;
            marks--) {
          found.add(notUtf8(file, text.lineOf(positions.get(next++)), column));
        }
      }
      for (; next < positions.size() && positions.get(next) < end; next++) {
        found.add(notUtf8(file, text.lineOf(positions.get(next)), null));
      }
    }
    for (; next < positions.size(); next++) {
      found.add(notUtf8(file, text.lineOf(positions.get(next)), null));
    }
  }

  private static int count(String cell) {
    return (int) cell.chars().filter(c -> c == Utf8Text.NOT_UTF8).count();
  }

  private static RowError notUtf8(String file, int line, String column) {
    return new RowError(
        file, line, column, "holds bytes that are not UTF-8; save the file as CSV UTF-8");
  }

  /** Positions of the header names; extra columns are fine and the order is free. */
  private static Map<String, Integer> columns(
      String file, List<String> header, List<String> required, Collection<RowError> found) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (columns.putIfAbsent(name, i) != null && required.contains(name)) {
        found.add(new RowError(file, 1, name, "the header names column " + name + " twice"));
      }
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        found.add(new RowError(file, 1, name, "the header lacks the column " + name));
      }
    }
    return columns;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * False when the file is missing or could not be read to its end: its ids are then not all known.
   */
  boolean complete() {
    return complete;
  }

  List<Row> rows() {
    return rows;
  }

  /** Errors in a row of the wrong width would only echo that one error, so they are dropped. */
  Cells cells(Row row, List<RowError> errors) {
    return new Cells(file, row, columns, row.wellFormed() ? errors : new ArrayList<>());
  }
}
