package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An edition's four interchange files as the sheets of one workbook, cell for cell. */
class InterchangeWorkbookTest {

  private static final Set<String> NUMBERS =
      Set.of("capacity_pupils", "max_groups", "pupils", "max_km", "lat", "lon");

  private static WorkbookFile workbook(EditionFiles edition) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.write(out, InterchangeWorkbook.sheets(edition));
    return WorkbookFile.read(out.toByteArray());
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "regional"})
  void holdsEveryFileAsASheetWithItsHeaderAndTheCsvRowsInOrder(String sample) throws IOException {
    EditionFiles edition = new InterchangeReader().read(edition(sample), BOUNDS);
    Map<String, byte[]> csv = new InterchangeWriter().write(edition);

    WorkbookFile workbook = workbook(edition);

    assertEquals(
        List.of("schools", "companies", "slots", "groups"),
        List.copyOf(workbook.sheets().keySet()));
    for (String file : EditionFiles.FILE_NAMES) {
      List<CSVRecord> expected =
          CSVFormat.RFC4180.parse(new StringReader(text(csv.get(file)))).getRecords();
      List<Row> rows = workbook.rows(InterchangeWorkbook.sheetName(file));
      assertEquals(expected.size(), rows.size(), file);
      List<String> header = expected.get(0).toList();
      assertEquals(header, WorkbookFile.texts(rows.get(0)), file);
      for (int r = 1; r < rows.size(); r++) {
        assertEquals(
            expected.get(r).toList(), asCsvWrites(header, rows.get(r)), file + " row " + r);
      }
    }
  }

  @Test
  void namesTheColumnsExactlyAsTheCsvFilesDo() {
    assertEquals(SchoolsFile.COLUMNS, headers(InterchangeWorkbook.SCHOOLS));
    assertEquals(CompaniesFile.COLUMNS, headers(InterchangeWorkbook.COMPANIES));
    assertEquals(SlotsFile.COLUMNS, headers(InterchangeWorkbook.SLOTS));
    assertEquals(GroupsFile.COLUMNS, headers(InterchangeWorkbook.GROUPS));
  }

  @Test
  void typesNumbersDatesAndTimesAndLeavesTheRestText() throws IOException {
    WorkbookFile workbook = workbook(new InterchangeReader().read(edition("small"), BOUNDS));

    Row slot = workbook.rows("slots").get(1);
    assertEquals(CellType.STRING, slot.getCell(0).getType(), "slot_id");
    assertEquals("yyyy-mm-dd", slot.getCell(2).getDataFormatString());
    assertEquals(CellType.NUMBER, slot.getCell(2).getType());
    assertEquals("hh:mm", slot.getCell(3).getDataFormatString());
    assertEquals("hh:mm", slot.getCell(4).getDataFormatString());
    assertEquals(CellType.NUMBER, slot.getCell(5).getType(), "capacity_pupils");
    assertEquals(CellType.NUMBER, slot.getCell(6).getType(), "max_groups");
    assertEquals(CellType.STRING, slot.getCell(7).getType(), "levels");
    Row school = workbook.rows("schools").get(1);
    assertEquals(CellType.NUMBER, school.getCell(5).getType(), "lat");
    assertEquals(CellType.NUMBER, school.getCell(6).getType(), "lon");
    assertEquals(CellType.STRING, school.getCell(4).getType(), "postcode");
    Row group = workbook.rows("groups").get(1);
    assertEquals(CellType.NUMBER, group.getCell(4).getType(), "pupils");
    assertEquals(CellType.NUMBER, group.getCell(7).getType(), "max_km");
    assertEquals(CellType.STRING, group.getCell(5).getType(), "days");
  }

  @Test
  void defusesANameThatASpreadsheetWouldRunAsAFormula() throws IOException {
    Map<String, byte[]> files = edition("small");
    // CSV for the text '=HYPERLINK("http://x"), which the reader restores to the formula.
    Samples.setCell(files, EditionFiles.SCHOOLS, 2, "name", "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EditionFiles edition = new InterchangeReader().read(files, BOUNDS);

    Cell name = workbook(edition).rows("schools").get(1).getCell(1);

    assertEquals(CellType.STRING, name.getType());
    assertEquals("'=HYPERLINK(\"http://x\")", name.asString());
  }

  private static List<String> headers(List<? extends Workbooks.Column<?>> columns) {
    return columns.stream().map(Workbooks.Column::header).toList();
  }

  /**
   * A workbook row as the CSV file writes it: numbers in their shortest form padded as the writer
   * pads them, dates and times in ISO form, text as it is.
   */
  private static List<String> asCsvWrites(List<String> header, Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String column = header.get(c);
      Cell cell = row.getCell(c);
      cells.add(
          switch (column) {
            case "date" -> cell.asDate().toLocalDate().toString();
            case "start", "end" -> Cells.TIME.format(cell.asDate().toLocalTime());
            default -> NUMBERS.contains(column) ? number(column, cell.asNumber()) : cell.asString();
          });
    }
    return cells;
  }

  private static String number(String column, BigDecimal value) {
    return switch (column) {
      case "lat", "lon" -> InterchangeWriter.decimal(value.doubleValue(), 5);
      case "max_km" -> InterchangeWriter.decimal(value.doubleValue(), 1);
      default -> value.toBigIntegerExact().toString();
    };
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
