package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.appendLine;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertError;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertOnlyError;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.control.Samples.lines;
import static nl.techniekpact.lokaal.exchange.control.Samples.putLines;
import static nl.techniekpact.lokaal.exchange.control.Samples.rejection;
import static nl.techniekpact.lokaal.exchange.control.Samples.replaceLine;
import static nl.techniekpact.lokaal.exchange.control.Samples.setCell;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules across rows and files: unique ids, references, the edition's bounds, schools' kinds,
 * wishes.
 */
class InterchangeReaderRulesTest {

  private final Map<String, byte[]> files = edition("small");

  @ParameterizedTest
  @CsvSource({
    "schools.csv, 4, school_id, 14",
    "companies.csv, 6, company_id, 10",
    "slots.csv, 9, slot_id, 13",
    "groups.csv, 20, group_id, 27"
  })
  void rejectsTheSecondRowWithAnIdNamingTheLineOfTheFirst(
      String file, int first, String column, int second) {
    appendLine(files, file, lines(files, file).get(first - 1));

    RowError error = assertOnlyError(files, file, second, column, "cell.duplicate");
    assertEquals(first, error.args().get(2), error::reason);
  }

  @Test
  void rejectsASlotAtAnUnknownCompanyNamingIt() {
    setCell(files, SLOTS, 3, "company_id", "C0099");

    assertOnlyError(files, SLOTS, 3, "company_id", "company C0099 is not in companies.csv");
  }

  @Test
  void rejectsAGroupOfAnUnknownSchoolNamingIt() {
    setCell(files, GROUPS, 8, "school_id", "99ZZ99");

    assertOnlyError(files, GROUPS, 8, "school_id", "school 99ZZ99 is not in schools.csv");
  }

  @Test
  void rejectsAWishForAnUnknownCompanyNamingIt() {
    setCell(files, GROUPS, 4, "preferences", "C0003;C0042;C0008");

    assertOnlyError(files, GROUPS, 4, "preferences", "company C0042 is not in companies.csv");
  }

  @Test
  void rejectsWishingTheSameCompanyTwice() {
    setCell(files, GROUPS, 4, "preferences", "C0003;C0002;C0003");

    assertOnlyError(files, GROUPS, 4, "preferences", "company C0003 is listed twice");
  }

  @Test
  void doesNotCheckWishesBeyondTheFifthBecauseTheyDoNotCount() {
    setCell(files, GROUPS, 4, "preferences", "C0001;C0002;C0003;C0004;C0005;C0001;C0099");

    assertEquals(25, new InterchangeReader().read(files, Samples.BOUNDS).groups().size());
  }

  @Test
  void rejectsASlotOutsideTheEditionsWeek() {
    setCell(files, SLOTS, 2, "date", "2026-03-23");

    assertOnlyError(files, SLOTS, 2, "date", "row.dayOutside");
  }

  @Test
  void rejectsAGroupDayOutsideTheEditionsWeek() {
    setCell(files, GROUPS, 2, "days", "2026-03-16;2026-03-15");

    assertOnlyError(files, GROUPS, 2, "days", "row.dayOutside");
  }

  @Test
  void rejectsAGroupLevelTheEditionDoesNotInvite() {
    setCell(files, GROUPS, 14, "level", "VO5");

    assertOnlyError(files, GROUPS, 14, "level", "row.levelNotInvited");
  }

  @Test
  void rejectsAKlasAtAPrimarySchool() {
    setCell(files, GROUPS, 2, "level", "VO1");

    assertOnlyError(files, GROUPS, 2, "level", "row.levelNotInSchool");
  }

  @Test
  void rejectsAGroepAtASecondarySchool() {
    setCell(files, GROUPS, 15, "level", "PO8");

    assertOnlyError(files, GROUPS, 15, "level", "row.levelNotInSchool");
  }

  @Test
  void checksAGroupAgainstTheKindOnItsSchoolsRow() {
    setCell(files, SCHOOLS, 9, "kind", "PO");

    List<RowError> errors = rejection(files);

    assertEquals(List.of(14, 15, 16), errors.stream().map(RowError::line).toList());
    errors.forEach(e -> assertError(e, GROUPS, e.line(), "level", "row.levelNotInSchool"));
  }

  @Test
  void reportsEveryErrorInEveryFileAtOnceInFileAndLineOrder() {
    setCell(files, GROUPS, 20, "transport", "paard");
    setCell(files, GROUPS, 3, "pupils", "-1");
    setCell(files, GROUPS, 3, "days", "2026-04-01");
    setCell(files, SLOTS, 7, "capacity_pupils", "-28");
    setCell(files, COMPANIES, 9, "postcode", "69 18PX");
    setCell(files, SCHOOLS, 13, "contact_email", "info at school");
    replaceLine(files, SCHOOLS, 5, "21XT03,Basisschool Varsseveld 4,PO");
    putLines(
        files,
        SLOTS,
        lines(files, SLOTS).stream().map(l -> l.replace("max_groups", "groups")).toList());

    List<RowError> errors = rejection(files);

    assertEquals(
        List.of(
            "schools.csv:5:null",
            "schools.csv:13:contact_email",
            "companies.csv:9:postcode",
            "slots.csv:1:max_groups",
            "slots.csv:7:capacity_pupils",
            "groups.csv:3:pupils",
            "groups.csv:3:days",
            "groups.csv:20:transport"),
        errors.stream().map(e -> e.file() + ":" + e.line() + ":" + e.column()).toList());
  }

  @Test
  void reportsErrorsInTheRegionalSampleToo() {
    Map<String, byte[]> regional = edition("regional");
    setCell(regional, SLOTS, 276, "capacity_pupils", "-25");
    setCell(regional, GROUPS, 263, "school_id", "00AA00");

    List<RowError> errors = rejection(regional);

    assertEquals(2, errors.size(), errors::toString);
    assertError(errors.get(0), SLOTS, 276, "capacity_pupils", "outOfRange");
    assertError(errors.get(1), GROUPS, 263, "school_id", "school 00AA00 is not in schools.csv");
  }
}
