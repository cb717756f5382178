package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.assertError;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertOnlyError;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.control.Samples.lines;
import static nl.techniekpact.lokaal.exchange.control.Samples.put;
import static nl.techniekpact.lokaal.exchange.control.Samples.putLines;
import static nl.techniekpact.lokaal.exchange.control.Samples.rejection;
import static nl.techniekpact.lokaal.exchange.control.Samples.replaceLine;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.junit.jupiter.api.Test;

/** Problems with a file as a whole, its header, its encoding or the shape of its rows. */
class InterchangeReaderFileErrorsTest {

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
  void rejectsAnEmptyFileAsLackingEveryColumn() {
    Map<String, byte[]> files = edition("small");
    put(files, SLOTS, "");

    List<RowError> errors = rejection(files);

    assertEquals(SlotsFile.COLUMNS, errors.stream().map(RowError::column).toList());
    errors.forEach(e -> assertError(e, SLOTS, 1, e.column(), "lacks the column"));
  }

  @Test
  void rejectsBytesThatAreNotUtf8WithTheirLineAndColumn() {
    Map<String, byte[]> files = edition("small");
    String latin1 =
        "36AF04,Basisschool Ulft 5,PO,Ulft,7073 MX,51.92037,6.38475,info@school0005.example.nl\r\n";
    files.put(
        SCHOOLS,
        withLine(
            files.get(SCHOOLS),
            6,
            latin1.replace("Ulft 5", "Ülft 5").getBytes(StandardCharsets.ISO_8859_1)));

    assertOnlyError(files, SCHOOLS, 6, "name", "not UTF-8");
  }

  @Test
  void namesTheLineOfABadByteInsideAQuotedCellThatSpansLines() {
    Map<String, byte[]> files = edition("small");
    String row =
        "36AF04,\"Basisschool\r\nUlft 5\",PO,Ulft,7073 MX,51.92037,6.38475,info@school0005.example.nl\r\n";
    files.put(
        SCHOOLS,
        withLine(
            files.get(SCHOOLS),
            6,
            row.replace("Ulft 5", "Ülft 5").getBytes(StandardCharsets.ISO_8859_1)));

    assertOnlyError(files, SCHOOLS, 7, "name", "not UTF-8");
  }

  @Test
  void reportsEachCellWithBadBytes() {
    Map<String, byte[]> files = edition("small");
    String latin1 =
        "C0001,Bouw Wintersw\u00efjk 1,bouw,Wintersw\u00efjk,7104 DT,51.93934,6.69573,contact@c0001.example.nl\r\n";
    files.put(
        COMPANIES, withLine(files.get(COMPANIES), 2, latin1.getBytes(StandardCharsets.ISO_8859_1)));

    List<RowError> errors = rejection(files);

    assertEquals(List.of("name", "town"), errors.stream().map(RowError::column).toList());
    errors.forEach(e -> assertError(e, COMPANIES, 2, e.column(), "not UTF-8"));
  }

  @Test
  void rejectsARowWithTooFewCells() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        GROUPS,
        5,
        "G00004,73LZ02,groep 7a,PO7,16,2026-03-17,bike,8.0,leerkracht4@school0003.example.nl");

    assertOnlyError(files, GROUPS, 5, null, "the row has 9 cells, the header has 10");
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
    assertOnlyError(files, SCHOOLS, 9, null, "the row has 9 cells, the header has 8");
  }

  @Test
  void rejectsWhatIsNotCsvFromTheLineWhereItBreaks() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        COMPANIES,
        4,
        "C0003,\"Logistiek \"Gaanderen\" 3,logistiek,Gaanderen,7013 XD,51.93632,6.29692,x@c.nl");

    assertOnlyError(files, COMPANIES, 4, null, "not valid CSV");
  }

  @Test
  void reportsAnUnreadableHeaderOnLineOne() {
    Map<String, byte[]> files = edition("small");
    String header = lines(files, SLOTS).get(0).replace("levels", "niveau\u00e9s");
    files.put(
        SLOTS,
        withLine(files.get(SLOTS), 1, (header + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));

    List<RowError> errors = rejection(files);

    assertEquals(
        List.of(
            "1 null holds bytes that are not UTF-8; save the file as CSV UTF-8",
            "1 levels the header lacks the column levels"),
        errors.stream()
            .map(e -> e.line() + " " + e.column() + " " + e.reason())
            .collect(Collectors.toList()));
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
