package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.appendLine;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertOnlyError;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.control.Samples.lines;
import static nl.techniekpact.lokaal.exchange.control.Samples.put;
import static nl.techniekpact.lokaal.exchange.control.Samples.putLines;
import static nl.techniekpact.lokaal.exchange.control.Samples.replaceLine;
import static nl.techniekpact.lokaal.exchange.control.Samples.setCell;
import static nl.techniekpact.lokaal.exchange.control.Samples.text;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;
import org.junit.jupiter.api.Test;

class InterchangeReaderTest {

  private final InterchangeReader reader = new InterchangeReader();

  @Test
  void readsTheRegionalSampleCompletely() {
    EditionFiles edition = reader.read(edition("regional"), BOUNDS);

    assertEquals(120, edition.schools().size());
    assertEquals(80, edition.companies().size());
    assertEquals(275, edition.slots().size());
    assertEquals(262, edition.groups().size());
  }

  @Test
  void readsTheSmallSampleCompletely() {
    EditionFiles edition = reader.read(edition("small"), BOUNDS);

    assertEquals(12, edition.schools().size());
    assertEquals(8, edition.companies().size());
    assertEquals(11, edition.slots().size());
    assertEquals(25, edition.groups().size());
  }

  @Test
  void turnsEveryCellIntoItsValue() {
    EditionFiles edition = reader.read(edition("small"), BOUNDS);

    SchoolRow school = edition.schools().get(7);
    assertEquals(
        new SchoolRow(
            9,
            SchoolId.parse("30WP07", "school_id"),
            "College Hengelo (Gld) 8",
            "Hengelo (Gld)",
            "7252 DS",
            SchoolKind.VO,
            new GeoPoint(52.08119, 6.35405),
            "info@school0008.example.nl"),
        school);
    assertEquals(
        new SlotRow(
            6,
            "S00005",
            "C0004",
            LocalDate.of(2026, 3, 16),
            LocalTime.of(13, 0),
            LocalTime.of(15, 0),
            60,
            2,
            Levels.of(Level.PO8, Level.VO1, Level.VO2)),
        edition.slots().get(4));
    GroupRow group = edition.groups().get(2);
    assertEquals(
        new GroupRow(
            4,
            "G00003",
            SchoolId.parse("55AH01", "school_id"),
            "groep 7a",
            Level.PO7,
            30,
            Days.parse("2026-03-17", "days"),
            Transport.CAR,
            30.0,
            List.of("C0003", "C0002", "C0008", "C0004"),
            "leerkracht3@school0002.example.nl"),
        group);
  }

  @Test
  void keepsTheRowsInFileOrderBecauseFirstComeFirstServedDependsOnIt() {
    EditionFiles edition = reader.read(edition("regional"), BOUNDS);

    assertEquals("59DL00", edition.schools().get(0).id().value());
    assertEquals("22XR01", edition.schools().get(1).id().value());
    assertEquals(263, edition.groups().get(261).line());
  }

  @Test
  void acceptsAUtf8ByteOrderMarkAsExcelWritesIt() {
    Map<String, byte[]> files = edition("small");
    byte[] schools = files.get(SCHOOLS);
    byte[] withMark = new byte[schools.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(schools, 0, withMark, 3, schools.length);
    files.put(SCHOOLS, withMark);

    assertEquals(12, reader.read(files, BOUNDS).schools().size());
  }

  @Test
  void readsNamesWithLettersBeyondAscii() {
    Map<String, byte[]> files = edition("small");
    setCell(files, COMPANIES, 2, "name", "Bouwbedrijf Ülft & Zonen");

    assertEquals("Bouwbedrijf Ülft & Zonen", reader.read(files, BOUNDS).companies().get(0).name());
  }

  @Test
  void ignoresExtraColumnsAndTakesColumnsInAnyOrder() {
    Map<String, byte[]> files = edition("small");
    List<String> reordered = new ArrayList<>();
    for (String line : lines(files, COMPANIES)) {
      String[] c = line.split(",", -1);
      String remark = line.startsWith("company_id") ? "remark" : "called twice";
      reordered.add(String.join(",", c[7], c[6], c[5], remark, c[4], c[3], c[2], c[1], c[0]));
    }
    putLines(files, COMPANIES, reordered);

    EditionFiles edition = reader.read(files, BOUNDS);

    assertEquals(reader.read(edition("small"), BOUNDS).companies(), edition.companies());
  }

  @Test
  void ignoresEmptyLinesAtTheEnd() {
    Map<String, byte[]> files = edition("small");
    put(files, GROUPS, text(files, GROUPS) + "\r\n\r\n");

    assertEquals(25, reader.read(files, BOUNDS).groups().size());
  }

  @Test
  void acceptsLinesEndedByLineFeedsAlone() {
    Map<String, byte[]> files = edition("small");
    put(files, SLOTS, text(files, SLOTS).replace("\r\n", "\n"));

    assertEquals(11, reader.read(files, BOUNDS).slots().size());
  }

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        SCHOOLS,
        2,
        "67FZ00,\"Basisschool \"\"De Bron\"\", Aalten\r\nlocatie Oost\",PO,Aalten,7124 LS,51.92076,6.59107,info@school0001.example.nl");

    EditionFiles edition = reader.read(files, BOUNDS);

    assertEquals(
        "Basisschool \"De Bron\", Aalten\r\nlocatie Oost", edition.schools().get(0).name());
    assertEquals(4, edition.schools().get(1).line());
  }

  @Test
  void countsLinesFromWhereARowStartsAfterAQuotedLineBreak() {
    Map<String, byte[]> files = edition("small");
    replaceLine(
        files,
        SCHOOLS,
        2,
        "67FZ00,\"Basisschool\nAalten 1\",PO,Aalten,7124 LS,51.92076,6.59107,info@school0001.example.nl");
    setCell(files, SCHOOLS, 4, "kind", "XX");

    assertOnlyError(files, SCHOOLS, 5, "kind", "cell.schoolKind");
  }

  @Test
  void countsOnlyTheFirstFivePreferences() {
    Map<String, byte[]> files = edition("small");
    setCell(files, GROUPS, 2, "preferences", "C0001;C0002;C0003;C0004;C0005;C0006;C0099");

    GroupRow group = reader.read(files, BOUNDS).groups().get(0);

    assertEquals(List.of("C0001", "C0002", "C0003", "C0004", "C0005"), group.preferences());
  }

  @Test
  void acceptsSlotLevelsTheEditionDoesNotInvite() {
    Map<String, byte[]> files = edition("small");
    setCell(files, SLOTS, 2, "levels", "PO7;MBO");

    assertEquals(
        Levels.of(Level.PO7, Level.MBO), reader.read(files, BOUNDS).slots().get(0).levels());
  }

  @Test
  void letsASpecialSchoolHaveAnyLevel() {
    Map<String, byte[]> files = edition("small");
    setCell(files, SCHOOLS, 2, "kind", "SO");
    setCell(files, GROUPS, 2, "level", "VO1");
    setCell(files, GROUPS, 3, "level", "PO8");

    EditionFiles edition = reader.read(files, BOUNDS);

    assertEquals(Level.VO1, edition.groups().get(0).level());
  }

  @Test
  void ignoresFilesBesidesTheFour() {
    Map<String, byte[]> files = edition("small");
    files.put("allocation.csv", "group_id,slot_id\r\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(25, reader.read(files, BOUNDS).groups().size());
  }

  @Test
  void normalisesPostcodeEmailAndSchoolIdAsTheDomainDoes() {
    Map<String, byte[]> files = edition("small");
    setCell(files, SCHOOLS, 2, "postcode", "7124ls");
    setCell(files, SCHOOLS, 2, "contact_email", "Info@School0001.example.nl");
    setCell(files, SCHOOLS, 2, "school_id", "67fz00");

    SchoolRow school = reader.read(files, BOUNDS).schools().get(0);

    assertEquals("7124 LS", school.postcode());
    assertEquals("info@school0001.example.nl", school.contactEmail());
    assertEquals("67FZ00", school.id().value());
  }

  @Test
  void acceptsACompanyWithoutSlotsAndAGroupWithoutWishes() {
    Map<String, byte[]> files = edition("small");
    appendLine(
        files,
        COMPANIES,
        "C0009,Bouw Zelhem 9,bouw,Zelhem,7021 AB,52.00000,6.35000,contact@c0009.example.nl");

    EditionFiles edition = reader.read(files, BOUNDS);

    assertEquals(9, edition.companies().size());
    assertEquals(List.of(), edition.groups().get(1).preferences());
  }
}
