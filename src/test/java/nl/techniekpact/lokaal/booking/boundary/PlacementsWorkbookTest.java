package nl.techniekpact.lokaal.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.booking.entity.GroupStatus;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Where an edition's groups stand, as an Excel workbook: a row per group and visit. */
class PlacementsWorkbookTest {

  private static final BookingView VISIT =
      new BookingView(
          7,
          8,
          1,
          "groep 7a",
          "De Klimop",
          22,
          Booking.Status.CONFIRMED,
          LocalDate.of(2027, 3, 16),
          LocalTime.of(9, 0),
          LocalTime.of(11, 0),
          "Gastvrij BV",
          "Industrieweg 1, 7101 BN Winterswijk",
          null);

  private static final PlacementView PLACED =
      new PlacementView(
          1, "De Klimop", "groep 7a", Level.PO7, 24, GroupStatus.PLACED, List.of(VISIT));

  private static final PlacementView WAITING =
      new PlacementView(
          2, "=cmd|' /C calc'!A0", "groep 7b", Level.PO7, 20, GroupStatus.WAITING, List.of());

  private static List<Row> rows(String language, PlacementView... placements) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.write(out, List.of(PlacementsWorkbook.sheet(List.of(placements), language)));
    return WorkbookFile.read(out.toByteArray()).sheets().values().iterator().next();
  }

  @Test
  void hasAHeaderRowInDutchEnglishOrGermanAndDutchForAnyOther() throws IOException {
    assertEquals("school", rows("nl").get(0).getCell(0).asString());
    assertEquals("groep", rows("nl").get(0).getCell(1).asString());
    assertEquals("group", rows("en").get(0).getCell(1).asString());
    assertEquals("Gruppe", rows("de").get(0).getCell(1).asString());
    assertEquals(WorkbookFile.texts(rows("nl").get(0)), WorkbookFile.texts(rows("fr").get(0)));
    assertEquals(WorkbookFile.texts(rows("nl").get(0)), WorkbookFile.texts(rows(null).get(0)));
    assertEquals(12, rows("de").get(0).getCellCount());
  }

  @Test
  void givesAPlacedGroupItsVisitWithTypedCells() throws IOException {
    Row row = rows("en", PLACED).get(1);

    assertEquals(
        List.of("De Klimop", "groep 7a", "groep 7"), WorkbookFile.texts(row).subList(0, 3));
    assertEquals(new BigDecimal(24), row.getCell(3).asNumber());
    assertEquals("placed", row.getCell(4).asString());
    assertEquals(LocalDate.of(2027, 3, 16), row.getCell(5).asDate().toLocalDate());
    assertEquals("yyyy-mm-dd", row.getCell(5).getDataFormatString());
    assertEquals(LocalTime.of(9, 0), row.getCell(6).asDate().toLocalTime());
    assertEquals(LocalTime.of(11, 0), row.getCell(7).asDate().toLocalTime());
    assertEquals("hh:mm", row.getCell(7).getDataFormatString());
    assertEquals("Gastvrij BV", row.getCell(8).asString());
    assertEquals(CellType.NUMBER, row.getCell(10).getType());
    assertEquals(new BigDecimal(22), row.getCell(10).asNumber());
  }

  @Test
  void givesAGroupWithoutAVisitOneRowWithTheVisitCellsEmpty() throws IOException {
    List<Row> rows = rows("de", PLACED, WAITING);

    assertEquals(3, rows.size());
    Row waiting = rows.get(2);
    assertEquals("wartend", waiting.getCell(4).asString());
    for (int c = 5; c < 12; c++) {
      int column = c;
      assertEquals(
          CellType.EMPTY,
          waiting.getOptionalCell(c).map(cell -> cell.getType()).orElse(CellType.EMPTY),
          () -> "column " + column);
    }
  }

  @Test
  void givesAGroupARowPerVisit() {
    PlacementView twice =
        new PlacementView(
            3, "De Klimop", "groep 8", Level.PO8, 24, GroupStatus.PLACED, List.of(VISIT, VISIT));

    assertEquals(3, PlacementsWorkbook.rows(List.of(PLACED, twice)).size());
  }

  @Test
  void defusesTextCellsAsTheCsvExportsDo() throws IOException {
    assertEquals("'=cmd|' /C calc'!A0", rows("nl", WAITING).get(1).getCell(0).asString());
  }
}
