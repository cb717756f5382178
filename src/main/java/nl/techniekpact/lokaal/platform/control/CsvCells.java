package nl.techniekpact.lokaal.platform.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one rule for every cell of every CSV file Lokaal writes: a cell that a spreadsheet would run
 * as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading apostrophe, as
 * OWASP advises against CSV injection. {@link #restore} takes that apostrophe off again, so Lokaal
 * reads its own files back unchanged.
 */
public final class CsvCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  // A spreadsheet takes a plain number such as -5 or -0.5 as that number, never as a formula.
  private static final Pattern PLAIN_NUMBER = Pattern.compile("^[-+]?[0-9]+(\\.[0-9]+)?$");

  private CsvCells() {}

  /** The cell as written; null stays null (an empty cell). */
  public static String defuse(String cell) {
    return needsApostrophe(cell) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #defuse}; any other cell stays as it is. */
  public static String restore(String cell) {
    return cell != null && cell.startsWith("'") && needsApostrophe(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Prints one record with every cell defused; other values than text print as their text. */
  public static void printRecord(CSVPrinter printer, Iterable<?> cells) throws IOException {
    List<String> defused = new ArrayList<>();
    for (Object cell : cells) {
      defused.add(cell == null ? null : defuse(cell.toString()));
    }
    printer.printRecord(defused);
  }

  public static void printRecord(CSVPrinter printer, Object... cells) throws IOException {
    printRecord(printer, Arrays.asList(cells));
  }

  /**
   * Whether the cell would run as a formula, or starts with apostrophes before such a cell: those
   * get one more, else reading back would take off one of their own.
   */
  private static boolean needsApostrophe(String cell) {
    if (cell == null) {
      return false;
    }
    int start = 0;
    while (start < cell.length() && cell.charAt(start) == '\'') {
      start++;
    }
    String rest = cell.substring(start);
    return !rest.isEmpty()
        && FORMULA_STARTS.indexOf(rest.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(rest).matches();
  }
}
