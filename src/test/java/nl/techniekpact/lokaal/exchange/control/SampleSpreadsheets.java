package nl.techniekpact.lokaal.exchange.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Turns interchange CSV files into what organisers really upload: CSV as a Dutch Excel saves it,
 * CSV UTF-8 with a byte order mark, .xlsx workbooks with typed cells, and zips of those. For unit
 * tests, integration tests and benchmarks that need realistic uploads; JDK, commons-csv and
 * fastexcel only.
 */
public final class SampleSpreadsheets {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The tables' sheet names in a Dutch workbook, by interchange file name. */
  public static final Map<String, String> DUTCH_NAMES =
      Map.of(
          "schools.csv", "scholen",
          "companies.csv", "bedrijven",
          "slots.csv", "tijdsloten",
          "groups.csv", "groepen");

  /** Columns a spreadsheet holds as numbers; a Dutch one shows their decimals with a comma. */
  private static final Set<String> NUMBERS =
      Set.of("lat", "lon", "max_km", "pupils", "capacity_pupils", "max_groups", "visits");

  private static final Set<String> DECIMALS = Set.of("lat", "lon", "max_km");

  /** Single dates; groups' {@code days} is a list and stays text. */
  private static final Set<String> DATES = Set.of("date");

  private static final Set<String> TIMES = Set.of("start", "end");

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final DateTimeFormatter DUTCH_TIME = DateTimeFormatter.ofPattern("H:mm");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SampleSpreadsheets() {}

  /**
   * {@code editions/<name>/*.csv} from the test class path, by file name, in the format's order.
   */
  public static Map<String, byte[]> edition(String name) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : List.of("schools.csv", "companies.csv", "slots.csv", "groups.csv")) {
      try (InputStream in =
          SampleSpreadsheets.class.getResourceAsStream("/editions/" + name + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException("no sample " + name + "/" + file);
        }
        files.put(file, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * One interchange CSV file as Excel saves "CSV (gescheiden door puntkomma's)" in a Dutch locale:
   * ';' between cells, Windows-1252 bytes, CR LF, decimal commas, dates as 16-3-2026 and times as
   * 9:30. Throws when a character has no Windows-1252 byte, as Excel would lose it.
   */
  public static byte[] dutchCsv(byte[] csv) {
    List<List<String>> rows = parse(csv);
    List<String> header = rows.get(0);
    List<List<String>> converted = new ArrayList<>();
    converted.add(header);
    for (List<String> row : rows.subList(1, rows.size())) {
      List<String> cells = new ArrayList<>(row);
      for (int i = 0; i < cells.size() && i < header.size(); i++) {
        cells.set(i, dutchCell(header.get(i), cells.get(i)));
      }
      converted.add(cells);
    }
    return encode(print(converted, ';'), WINDOWS_1252);
  }

  /** Every file of an upload as {@link #dutchCsv(byte[])}, under the same names. */
  public static Map<String, byte[]> dutchCsv(Map<String, byte[]> files) {
    Map<String, byte[]> converted = new LinkedHashMap<>();
    files.forEach((name, csv) -> converted.put(name, dutchCsv(csv)));
    return converted;
  }

  /** As Excel's "CSV UTF-8" in a Dutch locale saves it: byte order mark, ';', CR LF. */
  public static byte[] utf8BomSemicolons(byte[] csv) {
    byte[] text = print(parse(csv), ';').getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }

  /**
   * An .xlsx workbook with one sheet per entry (sheet name → interchange CSV text), in the map's
   * order. Cells are typed as an organiser's spreadsheet holds them: numbers for counts, distances
   * and coordinates, date cells (yyyy-mm-dd) for a slot's date, times as a fraction of a day
   * (hh:mm) for start and end, text for all else; empty cells are left out.
   */
  public static byte[] workbook(Map<String, byte[]> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook book = new Workbook(out, "Lokaal tests", "1.0");
      for (var sheet : sheets.entrySet()) {
        Worksheet ws = book.newWorksheet(sheet.getKey());
        List<List<String>> rows = parse(sheet.getValue());
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            String column = r == 0 || c >= header.size() ? "" : header.get(c);
            typed(ws, r, c, column, row.get(c));
          }
        }
        ws.finish();
      }
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** The interchange files as sheets named after the table: "schools", "companies" … */
  public static Map<String, byte[]> englishSheets(Map<String, byte[]> files) {
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    files.forEach((name, csv) -> sheets.put(name.replaceFirst("\\.csv$", ""), csv));
    return sheets;
  }

  /** The interchange files as sheets with Dutch names: "scholen", "bedrijven" … */
  public static Map<String, byte[]> dutchSheets(Map<String, byte[]> files) {
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    files.forEach((name, csv) -> sheets.put(DUTCH_NAMES.getOrDefault(name, name), csv));
    return sheets;
  }

  /** One workbook per file, "schools.xlsx" …, each with its table on a sheet called "Blad1". */
  public static Map<String, byte[]> workbookPerFile(Map<String, byte[]> files) {
    Map<String, byte[]> books = new LinkedHashMap<>();
    files.forEach(
        (name, csv) ->
            books.put(name.replaceFirst("\\.csv$", ".xlsx"), workbook(Map.of("Blad1", csv))));
    return books;
  }

  /** A zip archive of the entries, by path (folders as "a/b.csv"), in the map's order. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void typed(Worksheet ws, int r, int c, String column, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (NUMBERS.contains(column)) {
      if (DECIMALS.contains(column)) {
        ws.value(r, c, Double.parseDouble(text));
      } else {
        ws.value(r, c, Integer.parseInt(text));
      }
    } else if (DATES.contains(column)) {
      ws.value(r, c, LocalDate.parse(text));
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (TIMES.contains(column)) {
      ws.value(r, c, LocalTime.parse(text).toSecondOfDay() / 86_400.0);
      ws.style(r, c).format("hh:mm").set();
    } else {
      ws.value(r, c, text);
    }
  }

  private static String dutchCell(String column, String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    if (DECIMALS.contains(column)) {
      return cell.replace('.', ',');
    }
    if (DATES.contains(column)) {
      return DUTCH_DATE.format(LocalDate.parse(cell));
    }
    if (TIMES.contains(column)) {
      return DUTCH_TIME.format(LocalTime.parse(cell));
    }
    return cell;
  }

  private static List<List<String>> parse(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String print(List<List<String>> rows, char delimiter) {
    StringBuilder text = new StringBuilder();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVPrinter printer = new CSVPrinter(text, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static byte[] encode(String text, Charset charset) {
    try {
      ByteBuffer bytes =
          charset
              .newEncoder()
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .onMalformedInput(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] result = new byte[bytes.remaining()];
      bytes.get(result);
      return result;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "the text has a character " + charset.name().toLowerCase(Locale.ROOT) + " lacks", e);
    }
  }
}
