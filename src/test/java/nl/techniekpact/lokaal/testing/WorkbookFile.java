package nl.techniekpact.lokaal.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An .xlsx workbook read back as a spreadsheet would: every sheet's rows with their cells' types
 * and number formats, and the raw XML of its parts for what the reader does not expose (panes,
 * widths, styles).
 */
public record WorkbookFile(Map<String, List<Row>> sheets, Map<String, String> parts) {

  public static WorkbookFile read(byte[] xlsx) {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (var sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkbookFile(sheets, parts(xlsx));
  }

  /**
   * Read through the central directory: fastexcel streams its entries with data descriptors in a
   * way that {@code ZipInputStream} misreads, which spreadsheets and {@code ZipFile} do not.
   */
  private static Map<String, String> parts(byte[] xlsx) {
    Map<String, String> parts = new LinkedHashMap<>();
    try {
      Path file = Files.createTempFile("workbook", ".xlsx");
      try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
        for (ZipEntry entry : zip.stream().toList()) {
          try (InputStream in = zip.getInputStream(entry)) {
            parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  public List<Row> rows(String sheet) {
    List<Row> rows = sheets.get(sheet);
    if (rows == null) {
      throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
    }
    return rows;
  }

  /** The cells of a row as text, empty cells as "". */
  public static List<String> texts(Row row) {
    return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
  }

  /** The XML of the n-th sheet (from 1), as stored in the package. */
  public String sheetXml(int n) {
    return parts.get("xl/worksheets/sheet" + n + ".xml");
  }
}
