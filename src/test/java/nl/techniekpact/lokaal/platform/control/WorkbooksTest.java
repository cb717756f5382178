package nl.techniekpact.lokaal.platform.control;

import static nl.techniekpact.lokaal.platform.control.Workbooks.date;
import static nl.techniekpact.lokaal.platform.control.Workbooks.number;
import static nl.techniekpact.lokaal.platform.control.Workbooks.text;
import static nl.techniekpact.lokaal.platform.control.Workbooks.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Workbooks as a spreadsheet reads them: typed cells, a frozen bold header, defused text. */
class WorkbooksTest {

  record Visit(String name, LocalDate day, LocalTime start, Integer pupils, Double km) {}

  private static final List<Workbooks.Column<Visit>> COLUMNS =
      List.of(
          text("name", Visit::name),
          date("day", Visit::day),
          time("start", Visit::start),
          number("pupils", Visit::pupils),
          number("km", Visit::km));

  static byte[] written(List<Sheet<?>> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbooks.write(out, sheets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static WorkbookFile workbook(Visit... visits) {
    return WorkbookFile.read(written(List.of(new Sheet<>("visits", COLUMNS, List.of(visits)))));
  }

  @Test
  void writesTheHeaderRowThenOneRowPerItemInOrder() {
    WorkbookFile file =
        workbook(
            new Visit("Klimop", LocalDate.of(2027, 3, 16), LocalTime.of(9, 0), 24, 8.5),
            new Visit("Esch", LocalDate.of(2027, 3, 17), LocalTime.of(13, 30), 18, 12.25));

    List<Row> rows = file.rows("visits");
    assertEquals(List.of("name", "day", "start", "pupils", "km"), WorkbookFile.texts(rows.get(0)));
    assertEquals(3, rows.size());
    assertEquals("Klimop", rows.get(1).getCell(0).asString());
    assertEquals("Esch", rows.get(2).getCell(0).asString());
  }

  @Test
  void writesDatesAndTimesAsFormattedNumbersAndNumbersAsNumbers() {
    Row row =
        workbook(new Visit("Klimop", LocalDate.of(2027, 3, 16), LocalTime.of(9, 30), 24, 8.5))
            .rows("visits")
            .get(1);

    Cell day = row.getCell(1);
    assertEquals(CellType.NUMBER, day.getType());
    assertEquals("yyyy-mm-dd", day.getDataFormatString());
    assertEquals(LocalDate.of(2027, 3, 16), day.asDate().toLocalDate());
    Cell start = row.getCell(2);
    assertEquals(CellType.NUMBER, start.getType());
    assertEquals("hh:mm", start.getDataFormatString());
    assertEquals(LocalTime.of(9, 30), start.asDate().toLocalTime());
    assertEquals(CellType.NUMBER, row.getCell(3).getType());
    assertEquals(new BigDecimal("24"), row.getCell(3).asNumber());
    assertEquals(new BigDecimal("8.5"), row.getCell(4).asNumber());
  }

  @Test
  void leavesACellEmptyForNothing() {
    Row row = workbook(new Visit("Klimop", null, null, null, null)).rows("visits").get(1);

    for (int c = 1; c < COLUMNS.size(); c++) {
      assertEquals(
          CellType.EMPTY,
          row.getOptionalCell(c).map(Cell::getType).orElse(CellType.EMPTY),
          "column " + c);
    }
  }

  @Test
  void writesTextThatWouldRunAsAFormulaAsTextWithAnApostrophe() {
    Row row =
        workbook(new Visit("=HYPERLINK(\"http://x\",\"y\")", null, null, null, null))
            .rows("visits")
            .get(1);

    Cell name = row.getCell(0);
    assertEquals(CellType.STRING, name.getType());
    assertNull(name.getFormula());
    assertEquals("'=HYPERLINK(\"http://x\",\"y\")", name.asString());
    assertEquals("=HYPERLINK(\"http://x\",\"y\")", CsvCells.restore(name.asString()));
  }

  @Test
  void freezesTheHeaderRowAndStylesItBoldOnAFill() {
    WorkbookFile file = workbook(new Visit("Klimop", null, null, null, null));

    String sheet = file.sheetXml(1);
    assertTrue(
        Pattern.compile("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"").matcher(sheet).find(),
        sheet);
    String styles = file.parts().get("xl/styles.xml");
    int headerStyle = styleOf(sheet, "A1");
    String xf = elements(styles, "cellXfs", "xf").get(headerStyle);
    String font = elements(styles, "fonts", "font").get(attribute(xf, "fontId"));
    String fill = elements(styles, "fills", "fill").get(attribute(xf, "fillId"));
    assertTrue(font.contains("<b"), font);
    assertTrue(fill.contains("DDEBF7"), fill);
    assertEquals(0, styleOf(sheet, "A2"), "data text cells keep the default style");
  }

  @Test
  void makesColumnsAsWideAsTheirLongestCellWithinBounds() {
    String longName = "Christelijke Basisschool De Klimop in Winterswijk-Oost";
    String sheet =
        workbook(
                new Visit("Esch", null, null, 24, null),
                new Visit(longName, null, null, 1000, null))
            .sheetXml(1);

    assertEquals(longName.length() + 2, width(sheet, 1), 0.001);
    assertEquals("yyyy-mm-dd".length() + 2, width(sheet, 2), 0.001);
    assertEquals("pupils".length() + 2, width(sheet, 4), 0.001);
  }

  @Test
  void writesLongSheetsWholeAcrossFlushes() {
    List<Visit> visits =
        IntStream.range(0, 1234)
            .mapToObj(i -> new Visit("groep " + i, null, null, i, null))
            .toList();

    List<Row> rows =
        WorkbookFile.read(written(List.of(new Sheet<>("visits", COLUMNS, visits)))).rows("visits");

    assertEquals(1235, rows.size());
    for (int i = 0; i < visits.size(); i++) {
      assertEquals("groep " + i, rows.get(i + 1).getCell(0).asString());
      assertEquals(new BigDecimal(i), rows.get(i + 1).getCell(3).asNumber());
    }
  }

  @Test
  void writesSeveralSheetsInOrderEachWithItsHeaderAlsoWithoutRows() {
    WorkbookFile file =
        WorkbookFile.read(
            written(
                List.of(
                    new Sheet<>("first", COLUMNS, List.of()),
                    new Sheet<>("second", List.of(text("only", (String s) -> s)), List.of("x")))));

    assertEquals(List.of("first", "second"), List.copyOf(file.sheets().keySet()));
    assertEquals(1, file.rows("first").size());
    assertEquals(List.of("only"), WorkbookFile.texts(file.rows("second").get(0)));
    assertEquals(List.of("x"), WorkbookFile.texts(file.rows("second").get(1)));
  }

  @Test
  void refusesASheetWithoutColumns() {
    assertThrows(IllegalArgumentException.class, () -> new Sheet<>("empty", List.of(), List.of()));
  }

  private static int styleOf(String sheetXml, String ref) {
    Matcher m = Pattern.compile("<c r=\"" + ref + "\"([^>]*)>").matcher(sheetXml);
    assertTrue(m.find(), () -> "no cell " + ref + " in " + sheetXml);
    Matcher s = Pattern.compile(" s=\"(\\d+)\"").matcher(m.group(1));
    return s.find() ? Integer.parseInt(s.group(1)) : 0;
  }

  /** The {@code element}s inside the stylesheet's {@code list}, in order (as ids count them). */
  private static List<String> elements(String stylesXml, String list, String element) {
    Matcher m =
        Pattern.compile("<" + list + "[ >].*?</" + list + ">", Pattern.DOTALL).matcher(stylesXml);
    assertTrue(m.find(), stylesXml);
    return Pattern.compile(
            "<" + element + "(?=[ />])[^>]*?(/>|>.*?</" + element + ">)", Pattern.DOTALL)
        .matcher(m.group())
        .results()
        .map(r -> r.group())
        .toList();
  }

  private static int attribute(String element, String name) {
    Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(element);
    assertTrue(m.find(), () -> "no " + name + " in " + element);
    return Integer.parseInt(m.group(1));
  }

  /** The width of column n (from 1) in the sheet's {@code <cols>}. */
  private static double width(String sheetXml, int n) {
    Matcher m =
        Pattern.compile("<col min=\"" + n + "\" max=\"" + n + "\"[^>]* width=\"([0-9.]+)\"")
            .matcher(sheetXml);
    assertTrue(m.find(), () -> "no width for column " + n + " in " + sheetXml);
    return Double.parseDouble(m.group(1));
  }
}
