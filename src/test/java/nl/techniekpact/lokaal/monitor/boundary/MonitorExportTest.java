package nl.techniekpact.lokaal.monitor.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.monitor.entity.Activity;
import nl.techniekpact.lokaal.monitor.entity.Listing;
import nl.techniekpact.lokaal.monitor.entity.PactYear;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.monitor.entity.Turnout;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The year's export: a sheet per table of the monitor, and the same tables as CSV files. */
class MonitorExportTest {

  private static final SchoolYear EARLIER = SchoolYear.parse("2025-2026", "year");
  private static final SchoolYear YEAR = SchoolYear.parse("2026-2027", "year");

  private static final List<Listing> REGISTER =
      List.of(
          primary("04AB00", "De Regenboog", "Doetinchem", null),
          primary("05CD00", "=HYPERLINK(\"http://x\")", "Winterswijk", "Jan de Vries"),
          primary("06EF01", "De Driesprong", "Aalten", null));

  private static final List<Activity> ACTIVITIES =
      List.of(
          visit("04AB00", LocalDate.of(2026, 10, 6), 24, 4),
          visit("04AB00", LocalDate.of(2027, 3, 16), 20, 0),
          visit("05CD00", LocalDate.of(2027, 3, 16), 18, 5),
          visit("06EF01", LocalDate.of(2025, 10, 7), 22, 3));

  private static Listing primary(String code, String name, String municipality, String contact) {
    return new Listing(
        code,
        name,
        SchoolKind.PO,
        municipality,
        municipality,
        null,
        contact,
        contact == null ? null : "jan@regenboog.example.nl",
        contact == null ? null : "0314 123456");
  }

  private static Activity visit(String school, LocalDate day, int pupils, int rating) {
    return new Activity(
        school,
        EditionKind.COMPANY_VISITS,
        null,
        day,
        Turnout.ATTENDED,
        1,
        pupils,
        Level.PO7,
        1L,
        "Metaal",
        rating,
        rating == 0 ? 0 : 1);
  }

  private static MonitorView view(Locale language) {
    return MonitorView.of(null, PactYear.count(YEAR, REGISTER, ACTIVITIES), Messages.in(language));
  }

  private static List<MonitorView.GoalYear> years() {
    return List.of(
        MonitorView.GoalYear.of(PactYear.count(EARLIER, REGISTER, ACTIVITIES)),
        MonitorView.GoalYear.of(PactYear.count(YEAR, REGISTER, ACTIVITIES)));
  }

  private static List<Sheet<?>> sheets(Locale language) {
    return MonitorSheets.all(view(language), years(), Messages.in(language));
  }

  private static WorkbookFile workbook(Locale language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.write(out, sheets(language));
    return WorkbookFile.read(out.toByteArray());
  }

  @Test
  void theWorkbookHasASheetPerTableOfTheMonitorNamedInTheReadersLanguage() throws IOException {
    assertEquals(
        List.of(
            "Overzicht",
            "Onder het doel",
            "Per niveau",
            "Per gemeente",
            "Per soort activiteit",
            "Gastbedrijven per sector",
            "Eerdere schooljaren"),
        List.copyOf(workbook(Messages.DUTCH).sheets().keySet()));
    assertEquals("Overview", workbook(Locale.ENGLISH).sheets().keySet().iterator().next());
    assertEquals("Übersicht", workbook(Locale.GERMAN).sheets().keySet().iterator().next());
  }

  @Test
  void everySheetAndColumnIsWordedInEveryLanguageAndNoneIsAKey() {
    List<String> dutch = headers(sheets(Messages.DUTCH));
    List<String> english = headers(sheets(Locale.ENGLISH));
    for (Locale language : Messages.LANGUAGES) {
      for (String header : headers(sheets(language))) {
        assertFalse(header.startsWith("monitor."), language + ": " + header);
        assertTrue(header.length() <= 60, header);
      }
      for (Sheet<?> sheet : sheets(language)) {
        assertTrue(sheet.name().length() <= 31, "a spreadsheet's sheet name: " + sheet.name());
      }
    }
    assertNotEquals(dutch, english);
  }

  @Test
  void theOverviewGivesTheGoalsFiguresAsNumbersWithRegionAndYear() throws IOException {
    List<Row> rows = workbook(Messages.DUTCH).rows("Overzicht");
    assertEquals(
        List.of("Regio", "Schooljaar", "Kengetal", "Waarde"), WorkbookFile.texts(rows.get(0)));
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      assertEquals("alle regio's", row.getCell(0).getText());
      assertEquals("2026-2027", row.getCell(1).getText());
      assertEquals(CellType.NUMBER, row.getCell(3).getType());
      figures.put(row.getCell(2).getText(), row.getCell(3).asNumber());
    }
    assertEquals(new BigDecimal("3"), figures.get("Basisscholen in het register"));
    assertEquals(new BigDecimal("1"), figures.get("Basisscholen met 2 of meer activiteiten"));
    assertEquals(new BigDecimal("1"), figures.get("Basisscholen met 1 activiteit"));
    assertEquals(new BigDecimal("1"), figures.get("Basisscholen zonder activiteit"));
    assertEquals(new BigDecimal("33.3"), figures.get("Basisscholen die het doel halen (%)"));
    assertEquals(new BigDecimal("62"), figures.get("Leerlingen bereikt"));
  }

  @Test
  void theSchoolsBelowTheGoalCarryTheirContactAndNoCellRunsAsAFormula() throws IOException {
    List<Row> rows = workbook(Locale.ENGLISH).rows("Below the goal");
    assertEquals(3, rows.size());
    assertEquals("BRIN and location", rows.get(0).getCell(0).getText());
    // Sorted by municipality: Aalten (no activity), then Winterswijk (one).
    assertEquals(
        List.of("06EF01", "De Driesprong", "Aalten", "Aalten", "0"),
        WorkbookFile.texts(rows.get(1)));
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(2).getCell(1).getText());
    assertEquals(
        List.of("Jan de Vries", "jan@regenboog.example.nl", "0314 123456"),
        WorkbookFile.texts(rows.get(2)).subList(5, 8));
    String csv =
        MonitorCsv.csv(
            MonitorSheets.sheet(
                "belowGoal", view(Locale.ENGLISH), years(), Messages.in(Locale.ENGLISH)));
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
  }

  @Test
  void aKindNobodyRatedHasAnEmptyAverageAndARatedOneItsAverage() throws IOException {
    List<Row> rows = workbook(Locale.ENGLISH).rows("Per kind of activity");
    assertEquals(
        List.of(
            "Kind of activity",
            "Activities",
            "Groups",
            "Pupils",
            "Host companies",
            "Average rating (1-5)",
            "Ratings"),
        WorkbookFile.texts(rows.get(0)));
    Row visits = rows.get(1);
    assertEquals(new BigDecimal("3"), visits.getCell(1).asNumber());
    assertEquals(new BigDecimal("62"), visits.getCell(3).asNumber());
    assertEquals(new BigDecimal("4.5"), visits.getCell(5).asNumber());
    assertEquals(new BigDecimal("2"), visits.getCell(6).asNumber());
    Sheet<?> earlier =
        MonitorSheets.sheet("byLevel", viewOfNoRatings(), years(), Messages.in(Locale.ENGLISH));
    assertEquals(
        List.of("group 7 (primary)", "1", "1", "22", "1", "", "0"),
        csvRows(MonitorCsv.csv(earlier)).get(1));
  }

  @Test
  void theEarlierYearsEndWithTheAskedYearAsThePagesComparison() throws IOException {
    List<Row> rows = workbook(Messages.DUTCH).rows("Eerdere schooljaren");
    assertEquals(3, rows.size());
    assertEquals("2025-2026", rows.get(1).getCell(0).getText());
    assertEquals(new BigDecimal("1"), rows.get(1).getCell(3).asNumber(), "one school had one");
    assertEquals(new BigDecimal("2"), rows.get(1).getCell(4).asNumber(), "two had none");
    assertEquals("2026-2027", rows.get(2).getCell(0).getText());
    assertEquals(new BigDecimal("33.3"), rows.get(2).getCell(5).asNumber());
  }

  @Test
  void theCsvZipHoldsTheWorkbooksTablesInOrderWithTheSameCells() throws IOException {
    List<Sheet<?>> sheets = sheets(Locale.GERMAN);
    Map<String, String> files = unzip(MonitorCsv.zip(sheets));
    assertEquals(
        List.of(
            "1-ubersicht.csv",
            "2-unter-dem-ziel.csv",
            "3-je-jahrgang.csv",
            "4-je-gemeinde.csv",
            "5-je-art-der-aktivitat.csv",
            "6-gastunternehmen-je-branche.csv",
            "7-fruhere-schuljahre.csv"),
        List.copyOf(files.keySet()));
    WorkbookFile workbook = workbook(Locale.GERMAN);
    int i = 0;
    for (String file : files.keySet()) {
      List<Row> rows = workbook.rows(sheets.get(i++).name());
      List<List<String>> csv = csvRows(files.get(file));
      assertEquals(rows.size(), csv.size(), file);
      assertEquals(WorkbookFile.texts(rows.get(0)), csv.get(0), file);
    }
    assertEquals("Schüler", csvRows(files.get("3-je-jahrgang.csv")).get(0).get(3));
  }

  private static MonitorView viewOfNoRatings() {
    List<Activity> unrated = List.of(visit("06EF01", LocalDate.of(2025, 10, 7), 22, 0));
    return MonitorView.of(
        null, PactYear.count(EARLIER, REGISTER, unrated), Messages.in(Locale.ENGLISH));
  }

  private static List<String> headers(List<Sheet<?>> sheets) {
    List<String> headers = new ArrayList<>();
    for (Sheet<?> sheet : sheets) {
      headers.add(sheet.name());
      sheet.columns().forEach(c -> headers.add(c.header()));
    }
    return headers;
  }

  private static List<List<String>> csvRows(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
      rows.add(record.toList());
    }
    return rows;
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
