package nl.techniekpact.lokaal.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/** The sample editions as file maps, and small edits that break exactly one thing in them. */
final class Samples {

  /** The week and levels the sample editions were made for. */
  static final EditionBounds BOUNDS =
      new EditionBounds(
          new DateRange(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), "period"),
          Levels.parse("PO5;PO6;PO7;PO8;VO1;VO2;VO3;VO4", "levels"));

  private static final String CRLF = "\r\n";

  private Samples() {}

  /** A fresh, editable copy of {@code editions/<name>/*.csv} from the test class path. */
  static Map<String, byte[]> edition(String name) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : EditionFiles.FILE_NAMES) {
      try (InputStream in = Samples.class.getResourceAsStream("/editions/" + name + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "no sample " + name + "/" + file + " on the test class path");
        }
        files.put(file, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static String text(Map<String, byte[]> files, String file) {
    return new String(files.get(file), StandardCharsets.UTF_8);
  }

  static void put(Map<String, byte[]> files, String file, String text) {
    files.put(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The lines of a sample file; the samples have no quoted line breaks, so this is exact. */
  static List<String> lines(Map<String, byte[]> files, String file) {
    return new ArrayList<>(Arrays.asList(text(files, file).split(CRLF)));
  }

  static void putLines(Map<String, byte[]> files, String file, List<String> lines) {
    put(files, file, lines.stream().collect(Collectors.joining(CRLF, "", CRLF)));
  }

  /** Replaces line {@code line} (header = 1) of a file. */
  static void replaceLine(Map<String, byte[]> files, String file, int line, String text) {
    List<String> lines = lines(files, file);
    lines.set(line - 1, text);
    putLines(files, file, lines);
  }

  static void appendLine(Map<String, byte[]> files, String file, String text) {
    List<String> lines = lines(files, file);
    lines.add(text);
    putLines(files, file, lines);
  }

  /** Sets one cell by its column name; the samples need no quoting, so a plain split is exact. */
  static void setCell(
      Map<String, byte[]> files, String file, int line, String column, String value) {
    List<String> lines = lines(files, file);
    int index = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
    assertTrue(index >= 0, () -> file + " has no column " + column);
    String[] cells = lines.get(line - 1).split(",", -1);
    cells[index] = value;
    lines.set(line - 1, String.join(",", cells));
    putLines(files, file, lines);
  }

  static String cell(Map<String, byte[]> files, String file, int line, String column) {
    List<String> lines = lines(files, file);
    int index = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
    return lines.get(line - 1).split(",", -1)[index];
  }

  static List<RowError> rejection(Map<String, byte[]> files) {
    return assertThrows(
            ImportRejectedException.class, () -> new InterchangeReader().read(files, BOUNDS))
        .errors();
  }

  /**
   * The files are refused for exactly one reason: the one the test broke, with nothing echoing it.
   */
  static RowError assertOnlyError(
      Map<String, byte[]> files, String file, int line, String column, String reasonFragment) {
    List<RowError> errors = rejection(files);
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    RowError error = errors.get(0);
    assertError(error, file, line, column, reasonFragment);
    return error;
  }

  static void assertError(
      RowError error, String file, int line, String column, String reasonFragment) {
    assertEquals(file, error.file(), () -> "file of " + error);
    assertEquals(line, error.line(), () -> "line of " + error);
    assertEquals(column, error.column(), () -> "column of " + error);
    assertTrue(
        error.key().equals(reasonFragment) || error.reason().contains(reasonFragment),
        () -> "reason of " + error + " should be or mention: " + reasonFragment);
  }
}
