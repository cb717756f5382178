package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertError;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.junit.jupiter.api.Test;

/**
 * The files organisers really upload (Dutch Excel CSV, CSV UTF-8, workbooks, zips of either) read
 * to exactly the rows of the interchange CSV they were made from; files that are no table at all
 * get one clear error each.
 */
class SpreadsheetFormatsTest {

  private static final String NOT_A_TABLE = "file.notATable";

  /** The small sample with names only Windows-1252 (not ASCII) can spell. */
  private static Map<String, byte[]> original() {
    Map<String, byte[]> files = SampleSpreadsheets.edition("small");
    Samples.setCell(files, SCHOOLS, 2, "name", "Basisschool Zoë Aalten 1");
    Samples.setCell(files, COMPANIES, 3, "name", "Café-Bouw Ulft 2 – €");
    return files;
  }

  @Test
  void dutchExcelCsvReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    Map<String, byte[]> dutch = SampleSpreadsheets.dutchCsv(files);

    String schools = new String(dutch.get(SCHOOLS), CsvSource.WINDOWS_1252);
    assertTrue(schools.startsWith("school_id;name;kind;"), schools);
    assertTrue(schools.contains("Zoë") && schools.contains(";51,92076;6,59107;"), schools);
    assertTrue(schools.contains("\r\n"), "CR LF line ends");
    assertTrue(contains(dutch.get(SCHOOLS), (byte) 0xEB), "ë as the single Windows-1252 byte");
    String slots = new String(dutch.get(SLOTS), CsvSource.WINDOWS_1252);
    assertTrue(slots.contains(";17-3-2026;13:00;15:00;") && slots.contains(";9:00;"), slots);
    String groups = new String(dutch.get(GROUPS), CsvSource.WINDOWS_1252);
    assertTrue(groups.contains(";\"2026-03-16;2026-03-17\";bike;8,0;"), groups);

    assertSameRows(read(files), read(dutch));
  }

  @Test
  void csvUtf8WithByteOrderMarkAndSemicolonsReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    Map<String, byte[]> bom = new LinkedHashMap<>();
    files.forEach((name, csv) -> bom.put(name, SampleSpreadsheets.utf8BomSemicolons(csv)));
    assertEquals((byte) 0xEF, bom.get(SCHOOLS)[0]);

    assertSameRows(read(files), read(bom));
  }

  @Test
  void aWorkbookWithASheetPerTableReadsAsTheOriginalAndListsItsOtherSheets() {
    Map<String, byte[]> files = original();
    Map<String, byte[]> sheets = SampleSpreadsheets.englishSheets(files);
    sheets.put(
        "Toelichting",
        "Uitleg\r\nDit werkboek is voor de Week van de Techniek\r\n"
            .getBytes(StandardCharsets.UTF_8));
    byte[] workbook = SampleSpreadsheets.workbook(sheets);

    try (Upload upload = Upload.of(Map.of("Editie 2026.xlsx", in(workbook)))) {
      EditionFiles read = new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE);
      assertSameRows(read(files), read);
      assertEquals(1, upload.ignored().size(), () -> "ignored: " + upload.ignored());
      assertTrue(upload.ignored().get(0).contains("Toelichting"), () -> "" + upload.ignored());
    }
  }

  @Test
  void aWorkbookAsTheWholeRequestBodyReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    byte[] workbook = SampleSpreadsheets.workbook(SampleSpreadsheets.englishSheets(files));

    try (Upload upload = Upload.of(in(workbook))) {
      assertSameRows(read(files), new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE));
    }
  }

  @Test
  void oneWorkbookPerTableNamedAfterTheTableReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    Map<String, byte[]> books = SampleSpreadsheets.workbookPerFile(files);
    assertTrue(books.containsKey("schools.xlsx"), () -> "" + books.keySet());

    assertSameRows(read(files), read(books));
  }

  @Test
  void sheetsWithDutchNamesReadAsTheOriginal() {
    Map<String, byte[]> files = original();
    byte[] workbook = SampleSpreadsheets.workbook(SampleSpreadsheets.dutchSheets(files));

    assertSameRows(read(files), read(Map.of("Week van de Techniek.xlsx", workbook)));
  }

  @Test
  void aZipOfDutchCsvFilesReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    byte[] zip = SampleSpreadsheets.zip(SampleSpreadsheets.dutchCsv(files));

    try (Upload upload = Upload.of(in(zip))) {
      assertSameRows(read(files), new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE));
    }
  }

  @Test
  void aZipWithTheFilesInAFolderAndMacJunkReadsAsTheOriginal() {
    Map<String, byte[]> files = original();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    files.forEach(
        (name, csv) -> {
          entries.put("WvdT 2026/" + name, csv);
          // AppleDouble resource forks: binary, and named like the tables.
          entries.put("__MACOSX/WvdT 2026/._" + name, new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
        });
    entries.put("WvdT 2026/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});

    try (Upload upload = Upload.of(in(SampleSpreadsheets.zip(entries)))) {
      assertSameRows(read(files), new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE));
      assertEquals(List.of(), upload.ignored());
    }
  }

  @Test
  void anOldExcelFileGetsOneErrorAndIsNotAlsoMissing() {
    Map<String, byte[]> files = original();
    files.remove(SCHOOLS);
    files.put("schools.xls", oldExcel());

    RowError error = onlyError(files);
    assertError(error, "schools.xls", 0, null, ".xlsx");
  }

  @Test
  void anOldExcelWorkbookOfTheWholeEditionGetsOneError() {
    List<RowError> errors = rejection(Map.of("Week van de Techniek 2026.xls", oldExcel()));

    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    assertError(errors.get(0), "Week van de Techniek 2026.xls", 0, null, ".xlsx");
  }

  @Test
  void aPictureRenamedToCsvGetsOneError() throws IOException {
    Map<String, byte[]> files = original();
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    files.put(GROUPS, png.toByteArray());

    assertError(onlyError(files), GROUPS, 0, null, NOT_A_TABLE);
  }

  @Test
  void aPdfRenamedToCsvGetsOneError() {
    Map<String, byte[]> files = original();
    files.put(GROUPS, pdf());

    assertError(onlyError(files), GROUPS, 0, null, NOT_A_TABLE);
  }

  @Test
  void aCorruptWorkbookForOneTableGetsOneError() {
    Map<String, byte[]> files = original();
    files.remove(SCHOOLS);
    files.put("schools.xlsx", corruptWorkbook());

    assertError(onlyError(files), "schools.xlsx", 0, null, NOT_A_TABLE);
  }

  @Test
  void aCorruptWorkbookThatIsTheWholeUploadGetsOneError() {
    List<RowError> errors = rejection(Map.of("Editie 2026.xlsx", corruptWorkbook()));

    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    assertError(errors.get(0), "Editie 2026.xlsx", 0, null, NOT_A_TABLE);
  }

  @Test
  void refusesTheSameTableFromACsvFileAndFromASheet() {
    Map<String, byte[]> files = original();
    files.put("extra.xlsx", SampleSpreadsheets.workbook(Map.of("Scholen", files.get(SCHOOLS))));

    RowError error = onlyError(files);
    assertTrue(error.reason().contains("twice"), () -> "" + error);
    assertTrue(
        error.reason().contains(SCHOOLS) && error.reason().contains("Scholen"), () -> "" + error);
  }

  @Test
  void refusesTheSameTableFromTwoFilesOfTheSameZip() {
    Map<String, byte[]> entries = new LinkedHashMap<>(original());
    entries.put("scholen.csv", entries.get(SCHOOLS));

    try (Upload upload = Upload.of(in(SampleSpreadsheets.zip(entries)))) {
      List<RowError> errors =
          assertThrows(
                  ImportRejectedException.class,
                  () -> new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE))
              .errors();
      assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
      assertTrue(errors.get(0).reason().contains("twice"), () -> "" + errors);
    }
  }

  @Test
  void theDutchCsvHelperRefusesWhatWindows1252CannotSpell() {
    Map<String, byte[]> files = original();
    Samples.setCell(files, SCHOOLS, 2, "name", "Basisschool Łódź");

    assertThrows(IllegalArgumentException.class, () -> SampleSpreadsheets.dutchCsv(files));
  }

  /** The rows, as the interchange format writes them, and as values apart from the line. */
  private static void assertSameRows(EditionFiles expected, EditionFiles actual) {
    InterchangeWriter writer = new InterchangeWriter();
    Map<String, byte[]> want = writer.write(expected);
    Map<String, byte[]> got = writer.write(actual);
    for (String file : EditionFiles.FILE_NAMES) {
      assertEquals(
          new String(want.get(file), StandardCharsets.UTF_8),
          new String(got.get(file), StandardCharsets.UTF_8),
          file);
    }
    assertEquals(withoutLines(expected), withoutLines(actual));
  }

  private static EditionFiles withoutLines(EditionFiles files) {
    return new EditionFiles(
        files.schools().stream()
            .map(
                s ->
                    new SchoolRow(
                        0,
                        s.id(),
                        s.name(),
                        s.town(),
                        s.postcode(),
                        s.kind(),
                        s.location(),
                        s.contactEmail()))
            .toList(),
        files.companies().stream()
            .map(
                c ->
                    new CompanyRow(
                        0,
                        c.id(),
                        c.name(),
                        c.sector(),
                        c.town(),
                        c.postcode(),
                        c.location(),
                        c.contactEmail()))
            .toList(),
        files.slots().stream()
            .map(
                s ->
                    new SlotRow(
                        0,
                        s.id(),
                        s.companyId(),
                        s.date(),
                        s.start(),
                        s.end(),
                        s.capacityPupils(),
                        s.maxGroups(),
                        s.levels()))
            .toList(),
        files.groups().stream()
            .map(
                g ->
                    new GroupRow(
                        0,
                        g.id(),
                        g.schoolId(),
                        g.name(),
                        g.level(),
                        g.pupils(),
                        g.days(),
                        g.transport(),
                        g.maxKm(),
                        g.preferences(),
                        g.teacherEmail()))
            .toList());
  }

  private static EditionFiles read(Map<String, byte[]> files) {
    try (Upload upload = Upload.of(streams(files))) {
      return new InterchangeReader().read(upload, BOUNDS, ImportMode.REPLACE);
    }
  }

  private static List<RowError> rejection(Map<String, byte[]> files) {
    return assertThrows(ImportRejectedException.class, () -> read(files)).errors();
  }

  private static RowError onlyError(Map<String, byte[]> files) {
    List<RowError> errors = rejection(files);
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    return errors.get(0);
  }

  private static Map<String, InputStream> streams(Map<String, byte[]> files) {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    files.forEach((name, bytes) -> streams.put(name, in(bytes)));
    return streams;
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static boolean contains(byte[] bytes, byte wanted) {
    for (byte b : bytes) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }

  /** The start of an OLE2 compound file, as Excel 97-2003 saves .xls. */
  private static byte[] oldExcel() {
    byte[] xls = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, xls, 0, magic.length);
    return xls;
  }

  /** A PDF as writers save it: a binary comment line, then a compressed stream. */
  private static byte[] pdf() {
    byte[] content = new byte[4096];
    new Random(7).nextBytes(content);
    Deflater deflater = new Deflater();
    deflater.setInput(content);
    deflater.finish();
    byte[] compressed = new byte[8192];
    int length = deflater.deflate(compressed);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    pdf.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    pdf.writeBytes(
        ("1 0 obj\n<</Length " + length + "/Filter/FlateDecode>>\nstream\n")
            .getBytes(StandardCharsets.US_ASCII));
    pdf.write(compressed, 0, length);
    pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return pdf.toByteArray();
  }

  /** A zip that claims to be a workbook (it has xl/workbook.xml) but holds no valid XML. */
  private static byte[] corruptWorkbook() {
    byte[] garbage = "<workbook><sheets><sheet name=\"schools\" ".getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", garbage);
    entries.put("xl/workbook.xml", garbage);
    entries.put("xl/worksheets/sheet1.xml", new byte[] {1, 2, 3, 0, (byte) 0xFF});
    return SampleSpreadsheets.zip(entries);
  }
}
