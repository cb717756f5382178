package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertOnlyError;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.control.Samples.lines;
import static nl.techniekpact.lokaal.exchange.control.Samples.put;
import static nl.techniekpact.lokaal.exchange.control.Samples.putLines;
import static nl.techniekpact.lokaal.exchange.control.Samples.replaceLine;
import static nl.techniekpact.lokaal.exchange.control.Samples.text;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems with a file as a whole, its header, its encoding or the shape of its rows. */
class InterchangeReaderFileErrorsTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void rejectsAMissingFileByName() {
    Map<String, byte[]> files = edition("small");
    files.remove(SLOTS);

    assertOnlyError(files, SLOTS, 0, null, "slots.csv is missing");
  }

  @Test
  void aMissingCompaniesFileDoesNotTurnEveryReferenceToItIntoAnError() {
    Map<String, byte[]> files = edition("small");
    files.remove(COMPANIES);

    assertOnlyError(files, COMPANIES, 0, null, "missing");
  }

  @Test
  void rejectsAHeaderWithoutARequiredColumnOnLineOneNamingTheColumn() {
    Map<String, byte[]> files = edition("small");
    putLines(
        files,
        COMPANIES,
        lines(files, COMPANIES).stream().map(l -> l.replaceFirst(",[^,]*", "")).toList());

    assertOnlyError(files, COMPANIES, 1, "name", "lacks the column name");
  }

  @Test
  void aMissingIdColumnDoesNotTurnEveryReferenceToItIntoAnError() {
    Map<String, byte[]> files = edition("small");
    putLines(
        files,
        SCHOOLS,
        lines(files, SCHOOLS).stream().map(l -> l.substring(l.indexOf(',') + 1)).toList());

    assertOnlyError(files, SCHOOLS, 1, "school_id", "lacks the column school_id");
  }

  @Test
  void rejectsAHeaderThatNamesAColumnTwice() {
    Map<String, byte[]> files = edition("small");
    putLines(
        files,
        SLOTS,
        lines(files, SLOTS).stream()
            .map(l -> l + "," + l.substring(l.lastIndexOf(',') + 1))
            .toList());

    assertOnlyError(files, SLOTS, 1, "levels", "names column levels twice");
  }

  @Test
  void rejectsAnEmptyFileWithOneError() {
    Map<String, byte[]> files = edition("small");
    put(files, SLOTS, "");

    assertOnlyError(files, SLOTS, 0, null, "file.empty");
  }

  @Test
  void readsAFileInWindows1252AsExcelSavesCsvInADutchLocale() {
    Map<String, byte[]> files = edition("small");
    files.put(SCHOOLS, text(files, SCHOOLS).replace("Ulft 5", "Ülft 5").getBytes(CP1252));

    assertTrue(
        new InterchangeReader()
            .read(files, BOUNDS).schools().stream()
                .anyMatch(s -> s.name().equals("Basisschool Ülft 5")));
  }

  @Test
  void refusesAUtf8FileWithOtherBytesInItOnceNamingTheLine() {
    Map<String, byte[]> files = edition("small");
    String latin1 =
        "36AF04,Basisschool Ülft 5,PO,Ulft,7073 MX,51.92037,6.38475,info@school0005.example.nl\r\n";
    byte[] mixed =
        withLine(
            text(files, SCHOOLS).replace("Aalten 1", "Äalten 1").getBytes(StandardCharsets.UTF_8),
            6,
            latin1.getBytes(StandardCharsets.ISO_8859_1));
    files.put(SCHOOLS, mixed);

    assertOnlyError(files, SCHOOLS, 6, null, "mixes UTF-8 with another encoding");
  }

  @Test
  void refusesWhatIsNoTextAtAllWithOneErrorForTheFile() {
    Map<String, byte[]> files = edition("small");
    files.put(GROUPS, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, '\n', 3});

    assertOnlyError(files, GROUPS, 0, null, "file.notATable");
  }

  @Test
  void rejectsARowWithTooFewCells() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        GROUPS,
        5,
        "G00004,73LZ02,groep 7a,PO7,16,2026-03-17,bike,8.0,leerkracht4@school0003.example.nl");

    assertOnlyError(files, GROUPS, 5, null, "row.width");
  }

  @Test
  void rejectsARowWithTooManyCellsAsFromAnUnquotedComma() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        SCHOOLS,
        9,
        "30WP07,College Hengelo, Gld 8,VO,Hengelo (Gld),7252 DS,52.08119,6.35405,info@school0008.example.nl");

    // Its groups on groups.csv still find school 30WP07: one mistake, one error.
    assertOnlyError(files, SCHOOLS, 9, null, "row.width");
  }

  @Test
  void rejectsWhatIsNotCsvFromTheLineWhereItBreaks() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        COMPANIES,
        4,
        "C0003,\"Logistiek \"Gaanderen\" 3,logistiek,Gaanderen,7013 XD,51.93632,6.29692,x@c.nl");

    assertOnlyError(files, COMPANIES, 4, null, "file.notCsvFromHere");
  }

  @Test
  void reportsAFirstRowThatIsNoHeaderOnceNotPerColumn() {
    Map<String, byte[]> files = edition("small");
    put(files, SLOTS, "Tijdsloten Week van de Techniek 2026\r\n" + text(files, SLOTS));

    assertOnlyError(files, SLOTS, 1, null, "header.none");
  }

  private static byte[] withLine(byte[] file, int line, byte[] replacement) {
    String[] lines = new String(file, StandardCharsets.UTF_8).split("(?<=\r\n)");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      out.writeBytes(i == line - 1 ? replacement : lines[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
