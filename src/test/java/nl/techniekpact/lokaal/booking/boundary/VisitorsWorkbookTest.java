package nl.techniekpact.lokaal.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** A company's visitor list as an Excel workbook: the CSV's columns, with typed cells. */
class VisitorsWorkbookTest {

  private static final VisitorView VISITOR =
      new VisitorView(
          1,
          2,
          LocalDate.of(2027, 3, 16),
          LocalTime.of(9, 0),
          LocalTime.of(11, 30),
          3,
          "Metaal, Oost BV",
          "De Klimop",
          "groep 7a",
          Level.PO7,
          24,
          "=HYPERLINK(\"http://x\",\"y\")",
          "juf@klimop.example.nl",
          "+31 6 12345678");

  private static WorkbookFile workbook(List<VisitorView> visitors, String language)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.write(out, List.of(VisitorsWorkbook.sheet(visitors, language)));
    return WorkbookFile.read(out.toByteArray());
  }

  @Test
  void hasTheCsvHeaderRowInTheLanguageAskedForDutchOtherwise() throws IOException {
    for (String language : new String[] {"nl", "en", "de", "fr", null}) {
      WorkbookFile workbook = workbook(List.of(), language);
      List<Row> rows = workbook.sheets().values().iterator().next();
      assertEquals(VisitorsCsv.header(language), WorkbookFile.texts(rows.get(0)), language);
    }
    assertEquals(List.of("visitors"), List.copyOf(workbook(List.of(), "en").sheets().keySet()));
    assertEquals(List.of("bezoekers"), List.copyOf(workbook(List.of(), "fr").sheets().keySet()));
  }

  @Test
  void writesTheDayAsADateTheTimesAsTimesAndThePupilsAsANumber() throws IOException {
    Row row = workbook(List.of(VISITOR), "en").rows("visitors").get(1);

    assertEquals(LocalDate.of(2027, 3, 16), row.getCell(0).asDate().toLocalDate());
    assertEquals("yyyy-mm-dd", row.getCell(0).getDataFormatString());
    assertEquals(LocalTime.of(9, 0), row.getCell(1).asDate().toLocalTime());
    assertEquals(LocalTime.of(11, 30), row.getCell(2).asDate().toLocalTime());
    assertEquals("hh:mm", row.getCell(2).getDataFormatString());
    assertEquals(
        List.of("Metaal, Oost BV", "De Klimop", "groep 7a", "groep 7"),
        WorkbookFile.texts(row).subList(3, 7));
    assertEquals(CellType.NUMBER, row.getCell(7).getType());
    assertEquals(new BigDecimal(24), row.getCell(7).asNumber());
  }

  @Test
  void defusesTextCellsAsTheCsvDoes() throws IOException {
    Row row = workbook(List.of(VISITOR), "nl").rows("bezoekers").get(1);

    assertEquals("'=HYPERLINK(\"http://x\",\"y\")", row.getCell(8).asString());
    assertEquals("juf@klimop.example.nl", row.getCell(9).asString());
    assertEquals("'+31 6 12345678", row.getCell(10).asString());
  }
}
