package nl.techniekpact.lokaal.monitor.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import nl.techniekpact.lokaal.platform.control.Workbooks.Column;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The monitor's sheets as RFC 4180 CSV files with a header row, as the other CSV exports are
 * written ({@link CsvCells} defuses every cell): one file per sheet, together in a zip whose files
 * are numbered in the workbook's order and named after the sheets.
 */
final class MonitorCsv {

  private MonitorCsv() {}

  static <R> String csv(Sheet<R> sheet) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.printRecord(printer, sheet.columns().stream().map(Column::header).toList());
      for (R row : sheet.rows()) {
        List<Object> cells = new ArrayList<>();
        for (Column<R> column : sheet.columns()) {
          cells.add(column.cell().apply(row));
        }
        CsvCells.printRecord(printer, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The sheets as a zip of CSV files: {@code 1-overzicht.csv}, {@code 2-...}. */
  static byte[] zip(List<Sheet<?>> sheets) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet<?> sheet = sheets.get(i);
      files.put((i + 1) + "-" + fileName(sheet.name()) + ".csv", bytes(sheet));
    }
    return ZipArchive.pack(files);
  }

  static byte[] bytes(Sheet<?> sheet) {
    return csv(sheet).getBytes(StandardCharsets.UTF_8);
  }

  /** A sheet's name as a file name every system takes: ASCII letters, digits and dashes. */
  static String fileName(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "ss")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return plain.isEmpty() ? "tabel" : plain;
  }
}
