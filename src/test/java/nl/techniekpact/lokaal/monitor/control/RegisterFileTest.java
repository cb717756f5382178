package nl.techniekpact.lokaal.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.monitor.entity.RegisterEntry;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class RegisterFileTest {

  static final String SAMPLE = "/register/duo-alle-vestigingen-po.csv";

  static List<RegisterEntry> read(String name, byte[] file) {
    try (Upload upload =
        Upload.ofOneTable(RegisterFile.TABLE, Map.of(name, new ByteArrayInputStream(file)))) {
      return new RegisterFile().read(upload);
    }
  }

  static List<RowError> errors(String name, byte[] file) {
    return assertThrows(ImportRejectedException.class, () -> read(name, file)).errors();
  }

  static byte[] sample() {
    try (InputStream in = RegisterFileTest.class.getResourceAsStream(SAMPLE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void duosRegisterInWindows1252WithSemicolonsReadsEverySchoolAndIgnoresItsOtherColumns() {
    List<RegisterEntry> schools = read("alle-vestigingen.csv", sample());
    assertEquals(5, schools.size());
    RegisterEntry first = schools.get(0);
    assertEquals("99RA00", first.code().value());
    assertEquals("De Regenboog", first.name());
    assertEquals(SchoolKind.PO, first.kind());
    assertEquals("Dorpsstraat 12", first.address().street());
    assertEquals("7001 AB", first.address().postcode());
    assertEquals("Doetinchem", first.address().town());
    assertEquals("Doetinchem", first.municipality());
    assertEquals("7002 AC", schools.get(1).address().postcode());
    assertEquals("Café-school De Zéster", schools.get(4).name());
  }

  @Test
  void duosKindsReadAsPrimarySpecialPrimaryAndSpecialEducation() {
    List<SchoolKind> kinds = read("r.csv", sample()).stream().map(RegisterEntry::kind).toList();
    assertEquals(
        List.of(SchoolKind.PO, SchoolKind.PO, SchoolKind.PO, SchoolKind.SO, SchoolKind.PO), kinds);
    assertEquals(SchoolKind.VO, RegisterFile.kind("VMBO/HAVO/VWO"));
    assertEquals(SchoolKind.VO, RegisterFile.kind("vo"));
    assertEquals(SchoolKind.SO, RegisterFile.kind("VSO"));
  }

  @Test
  void plainDutchNamesInUtf8WithCommasAndBrinAndLocationInTwoColumnsRead() {
    String csv =
        "\uFEFFbrin,vestiging,naam,soort,straat,postcode,plaats,gemeente,opmerking\n"
            + "99RE,0,Basisschool Één,PO,Laan 1,7001AB,Doetinchem,Doetinchem,x\n"
            + "99RE,01,Kindcentrum Noord,VO,,7002 AB,Gaanderen,Doetinchem,\n";
    List<RegisterEntry> schools = read("scholen.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("99RE00", "99RE01"), schools.stream().map(s -> s.code().value()).toList());
    assertEquals("Basisschool Één", schools.get(0).name());
    assertEquals(null, schools.get(1).address().street());
    assertEquals(SchoolKind.VO, schools.get(1).kind());
  }

  @Test
  void englishAndGermanNamesWithTabsRead() {
    String english =
        "code\tname\tkind\tstreet\tpostcode\ttown\tmunicipality\n"
            + "99RF00\tSunrise\tPO\tMain 1\t7001 AB\tDoetinchem\tDoetinchem\n";
    assertEquals(1, read("register.txt", english.getBytes(StandardCharsets.UTF_8)).size());
    String german =
        "Schulnummer;Schulname;Schulart;Straße;PLZ;Ort;Gemeinde\n"
            + "99RF01;Grundschule Sonne;Grundschule;Hauptstraße 1;46399;Bocholt;Bocholt\n";
    RegisterEntry school =
        read("schulen.csv", german.getBytes(Charset.forName("windows-1252"))).get(0);
    assertEquals("99RF01", school.code().value());
    assertEquals(SchoolKind.PO, school.kind());
    assertEquals("46399", school.address().postcode());
  }

  @Test
  void aWorkbooksFirstSheetReadsWithNumbersAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook book = new Workbook(out, "Lokaal", "1.0")) {
      Worksheet sheet = book.newWorksheet("Vestigingen");
      List<String> header =
          List.of(
              "BRIN NUMMER",
              "VESTIGINGSNUMMER",
              "VESTIGINGSNAAM",
              "STRAATNAAM",
              "HUISNUMMER-TOEVOEGING",
              "POSTCODE",
              "PLAATSNAAM",
              "GEMEENTENAAM",
              "SOORT PO");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      List<Object> row =
          List.of(
              "99RG", 1, "De Linde", "Lindelaan", 7, "7005 AB", "Doetinchem", "Doetinchem", "Bo");
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) instanceof Integer n) {
          sheet.value(1, c, n);
        } else {
          sheet.value(1, c, (String) row.get(c));
        }
      }
    }
    RegisterEntry school = read("register.xlsx", out.toByteArray()).get(0);
    assertEquals("99RG01", school.code().value());
    assertEquals("Lindelaan 7", school.address().street());
  }

  @Test
  void badCellsAreNamedByRowAndByTheFilesOwnColumnNames() {
    String csv =
        "VESTIGINGSCODE;VESTIGINGSNAAM;SOORT PO;POSTCODE;PLAATSNAAM;GEMEENTENAAM\n"
            + "99RH00;Goed;Bo;7001 AB;Doetinchem;Doetinchem\n"
            + "99RH0X;Slecht;Bo;7001 AB;Doetinchem;Doetinchem\n"
            + "99RH01;Slecht;Mbo;123;Doetinchem;\n"
            + "99RH00;Dubbel;Bo;7001 AB;Doetinchem;Doetinchem\n";
    List<RowError> errors = errors("register.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "3 VESTIGINGSCODE school.id.format",
            "4 SOORT PO cell.schoolKind",
            "4 POSTCODE postcode.notDutchOrGerman",
            "4 GEMEENTENAAM required",
            "5 VESTIGINGSCODE register.codeTwice"),
        errors.stream().map(e -> e.line() + " " + e.column() + " " + e.key()).toList(),
        errors::toString);
    assertEquals("register.csv", errors.get(0).file());
    assertEquals("SOORT PO: choose PO, VO or SO, not Mbo.", errors.get(1).reason());
  }

  @Test
  void aFileWithoutTheMunicipalityOrTheCodeSaysWhichColumnsWouldDo() {
    String csv = "naam;soort;postcode;plaats\nA;PO;7001 AB;Doetinchem\n";
    List<RowError> errors = errors("register.csv", csv.getBytes(StandardCharsets.UTF_8));
    List<String> reasons = errors.stream().map(RowError::reason).toList();
    assertEquals(2, errors.size(), reasons::toString);
    assertEquals(
        List.of(
            "The header lacks the column municipality / gemeente / gemeentenaam.",
            "The header lacks the column code / vestigingscode / brin + vestigingsnummer."),
        reasons);
  }
}
