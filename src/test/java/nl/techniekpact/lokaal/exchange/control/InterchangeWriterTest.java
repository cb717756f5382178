package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.FILE_NAMES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterchangeWriterTest {

  private final InterchangeReader reader = new InterchangeReader();
  private final InterchangeWriter writer = new InterchangeWriter();

  @ParameterizedTest
  @ValueSource(strings = {"small", "regional"})
  void writesWhatItReadByteForByte(String sample) {
    Map<String, byte[]> original = edition(sample);

    Map<String, byte[]> written = writer.write(reader.read(original, BOUNDS));

    assertEquals(FILE_NAMES, List.copyOf(written.keySet()));
    for (String file : FILE_NAMES) {
      assertEquals(text(original.get(file)), text(written.get(file)), file);
      assertArrayEquals(original.get(file), written.get(file), file);
    }
  }

  @Test
  void writesTheHeaderEvenWithoutRows() {
    Map<String, byte[]> written =
        writer.write(new EditionFiles(List.of(), List.of(), List.of(), List.of()));

    assertEquals(
        "school_id,name,kind,town,postcode,lat,lon,contact_email\r\n", text(written.get(SCHOOLS)));
    assertEquals(
        "company_id,name,sector,town,postcode,lat,lon,contact_email\r\n",
        text(written.get(COMPANIES)));
    assertEquals(
        "slot_id,company_id,date,start,end,capacity_pupils,max_groups,levels\r\n",
        text(written.get(SLOTS)));
    assertEquals(
        "group_id,school_id,name,level,pupils,days,transport,max_km,preferences,teacher_email\r\n",
        text(written.get(GROUPS)));
  }

  @Test
  void quotesOnlyCellsThatNeedIt() {
    CompanyRow company =
        new CompanyRow(
            0,
            "C0001",
            "Bouw \"De Toren\", Ulft",
            "bouw",
            "Ulft",
            "7077 AP",
            new GeoPoint(51.87256, 6.33402),
            "a@b.nl");

    String written = text(writer.write(onlyCompanies(List.of(company))).get(COMPANIES));

    assertEquals(
        "C0001,\"Bouw \"\"De Toren\"\", Ulft\",bouw,Ulft,7077 AP,51.87256,6.33402,a@b.nl\r\n",
        written.split("\r\n", 2)[1]);
  }

  @Test
  void writesNumbersSoThatTheyReadBackTheSame() {
    SchoolRow school = school("04AB00", new GeoPoint(52.1, -0.123456789));
    GroupRow group = group("G1", "04AB00", 12.25, List.of());

    Map<String, byte[]> written =
        writer.write(new EditionFiles(List.of(school), List.of(), List.of(), List.of(group)));

    assertEquals(
        "04AB00,Basisschool,PO,Aalten,7124 LS,52.10000,-0.123456789,info@school.nl",
        lineTwo(written.get(SCHOOLS)));
    assertEquals(
        "G1,04AB00,groep 7a,PO7,27,2026-03-16;2026-03-17,walk,12.25,,juf@school.nl",
        lineTwo(written.get(GROUPS)));
    EditionFiles reread = reader.read(written, BOUNDS);
    assertEquals(new GeoPoint(52.1, -0.123456789), reread.schools().get(0).location());
    assertEquals(12.25, reread.groups().get(0).maxKm());
  }

  @Test
  void joinsListsWithSemicolonsAndWritesTimesAsHoursAndMinutes() {
    SlotRow slot =
        new SlotRow(
            0,
            "S1",
            "C1",
            LocalDate.of(2026, 3, 18),
            LocalTime.of(9, 5),
            LocalTime.of(11, 30),
            24,
            1,
            Levels.of(Level.VO2, Level.PO8));
    GroupRow group = group("G1", "04AB00", 8.0, List.of("C3", "C1", "C2"));

    Map<String, byte[]> written =
        writer.write(new EditionFiles(List.of(), List.of(), List.of(slot), List.of(group)));

    assertEquals("S1,C1,2026-03-18,09:05,11:30,24,1,PO8;VO2", lineTwo(written.get(SLOTS)));
    assertEquals(
        "G1,04AB00,groep 7a,PO7,27,2026-03-16;2026-03-17,walk,8.0,C3;C1;C2,juf@school.nl",
        lineTwo(written.get(GROUPS)));
  }

  @Test
  void sortsRowsThatWereNotReadFromAFileById() {
    List<SchoolRow> schools =
        List.of(school("09CA10", new GeoPoint(52, 6)), school("04AB00", new GeoPoint(52, 6)));

    String written = text(writer.write(onlySchools(schools)).get(SCHOOLS));

    assertEquals(
        List.of("school_id", "04AB00", "09CA10"),
        List.of(written.split("\r\n")).stream().map(l -> l.split(",")[0]).toList());
  }

  @Test
  void zipsTheFourFilesAsWritten() {
    EditionFiles small = reader.read(edition("small"), BOUNDS);

    Map<String, byte[]> unpacked = ZipArchive.unpack(new ByteArrayInputStream(writer.zip(small)));

    Map<String, byte[]> written = writer.write(small);
    assertEquals(FILE_NAMES, List.copyOf(unpacked.keySet()));
    for (String file : FILE_NAMES) {
      assertArrayEquals(written.get(file), unpacked.get(file), file);
    }
  }

  @Test
  void writesWhatTheReaderReadsBackAsTheSameRows() {
    EditionFiles regional = reader.read(edition("regional"), BOUNDS);

    assertEquals(regional, reader.read(writer.write(regional), BOUNDS));
  }

  @Test
  void defusesCellsThatASpreadsheetWouldRunAsFormulasAndReadsThemBackUnchanged() {
    SchoolRow school =
        new SchoolRow(
            0,
            SchoolId.parse("04AB00", "school_id"),
            "=HYPERLINK(\"http://x\",\"y\")",
            "Aalten",
            "7124 LS",
            SchoolKind.PO,
            new GeoPoint(52.1, -0.5),
            "info@school.nl");
    CompanyRow company =
        new CompanyRow(
            0,
            "-C1",
            "@SUM(A1)",
            "+metaal",
            "'s-Heerenberg",
            "7041 AA",
            new GeoPoint(51.9, 6.2),
            "a@b.nl");
    GroupRow group = group("-G1", "04AB00", 8.0, List.of("-C1"));
    EditionFiles edition =
        new EditionFiles(List.of(school), List.of(company), List.of(), List.of(group));

    Map<String, byte[]> written = writer.write(edition);

    assertEquals(
        "04AB00,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",PO,Aalten,7124 LS,52.10000,-0.50000,"
            + "info@school.nl",
        lineTwo(written.get(SCHOOLS)));
    assertEquals(
        "'-C1,'@SUM(A1),'+metaal,'s-Heerenberg,7041 AA,51.90000,6.20000,a@b.nl",
        lineTwo(written.get(COMPANIES)));
    assertEquals(
        "'-G1,04AB00,groep 7a,PO7,27,2026-03-16;2026-03-17,walk,8.0,'-C1,juf@school.nl",
        lineTwo(written.get(GROUPS)));
    EditionFiles reread = reader.read(written, BOUNDS);
    assertEquals("=HYPERLINK(\"http://x\",\"y\")", reread.schools().get(0).name());
    CompanyRow companyRead = reread.companies().get(0);
    assertEquals(
        List.of("-C1", "@SUM(A1)", "+metaal", "'s-Heerenberg"),
        List.of(companyRead.id(), companyRead.name(), companyRead.sector(), companyRead.town()));
    assertEquals(List.of("-C1"), reread.groups().get(0).preferences());
    assertEquals("-G1", reread.groups().get(0).id());
  }

  private static EditionFiles onlySchools(List<SchoolRow> schools) {
    return new EditionFiles(schools, List.of(), List.of(), List.of());
  }

  private static EditionFiles onlyCompanies(List<CompanyRow> companies) {
    return new EditionFiles(List.of(), companies, List.of(), List.of());
  }

  private static SchoolRow school(String id, GeoPoint location) {
    return new SchoolRow(
        0,
        SchoolId.parse(id, "school_id"),
        "Basisschool",
        "Aalten",
        "7124 LS",
        SchoolKind.PO,
        location,
        "info@school.nl");
  }

  private static GroupRow group(String id, String school, double maxKm, List<String> preferences) {
    return new GroupRow(
        0,
        id,
        SchoolId.parse(school, "school_id"),
        "groep 7a",
        Level.PO7,
        27,
        Days.parse("2026-03-17;2026-03-16", "days"),
        Transport.WALK,
        maxKm,
        preferences,
        "juf@school.nl");
  }

  private static String lineTwo(byte[] file) {
    return text(file).split("\r\n")[1];
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
