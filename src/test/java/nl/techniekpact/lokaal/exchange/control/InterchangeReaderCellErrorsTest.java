package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.assertOnlyError;
import static nl.techniekpact.lokaal.exchange.control.Samples.edition;
import static nl.techniekpact.lokaal.exchange.control.Samples.setCell;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A malformed value is refused with its file, line and column, reusing the domain's own checks. */
class InterchangeReaderCellErrorsTest {

  private final Map<String, byte[]> files = edition("small");

  @Test
  void rejectsAMalformedBrinCode() {
    setCell(files, GROUPS, 2, "school_id", "6FZ00");

    assertOnlyError(files, GROUPS, 2, "school_id", "6FZ00 is no BRIN code");
  }

  @Test
  void rejectsAnUnknownSchoolKind() {
    setCell(files, SCHOOLS, 3, "kind", "BO");

    assertOnlyError(files, SCHOOLS, 3, "kind", "cell.schoolKind");
  }

  @Test
  void rejectsAnUnknownGroupLevel() {
    setCell(files, GROUPS, 4, "level", "PO9");

    assertOnlyError(files, GROUPS, 4, "level", "level.unknown");
  }

  @Test
  void rejectsAnUnknownCodeAmongASlotsLevels() {
    setCell(files, SLOTS, 3, "levels", "PO7;groep 8");

    assertOnlyError(files, SLOTS, 3, "levels", "level.unknown");
  }

  @Test
  void rejectsASlotWithoutLevels() {
    setCell(files, SLOTS, 3, "levels", "");

    assertOnlyError(files, SLOTS, 3, "levels", "levels.none");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-3-17", "2026-02-30", "30-02-2026", "03/17/2026", "dinsdag"})
  void rejectsADateThatIsNeitherIsoNorDutch(String date) {
    setCell(files, SLOTS, 5, "date", date);

    assertOnlyError(files, SLOTS, 5, "date", "must be a date like 2026-03-16");
  }

  @Test
  void readsDaysAsADutchSpreadsheetSavesASingleDate() {
    setCell(files, GROUPS, 2, "days", "17-3-2026;2026-03-18");

    assertEquals(
        "2026-03-17;2026-03-18",
        new InterchangeReader().read(files, Samples.BOUNDS).groups().get(0).days().codes());
  }

  @Test
  void rejectsAMalformedDayAmongAGroupsDays() {
    setCell(files, GROUPS, 2, "days", "2026-03-16;16 maart");

    assertOnlyError(files, GROUPS, 2, "days", "16 maart is no date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"09.00", "24:00", "09:00:30", "9", "negen uur"})
  void rejectsATimeThatIsNotHoursAndMinutes(String time) {
    setCell(files, SLOTS, 11, "start", time);

    assertOnlyError(files, SLOTS, 11, "start", "must be a time like 09:30");
  }

  @Test
  void rejectsASlotThatEndsBeforeItStarts() {
    setCell(files, SLOTS, 2, "end", "12:00");

    assertOnlyError(files, SLOTS, 2, "end", "12:00 is not after the start time 13:00");
  }

  @Test
  void rejectsASlotThatEndsWhenItStarts() {
    setCell(files, SLOTS, 2, "end", "13:00");

    assertOnlyError(files, SLOTS, 2, "end", "13:00 is not after the start time 13:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"51,939,34\"", "\"51.939,34\"", "N51.9", "1e2", "NaN", "0x1p5"})
  void rejectsALatitudeThatIsNotAPlainDecimal(String lat) {
    setCell(files, COMPANIES, 2, "lat", lat);

    assertOnlyError(files, COMPANIES, 2, "lat", "must be a number like 8.5");
  }

  @Test
  void rejectsAMissingLatitude() {
    setCell(files, COMPANIES, 2, "lat", "");

    assertOnlyError(files, COMPANIES, 2, "lat", "lat is required");
  }

  @Test
  void rejectsALatitudeBeyondThePole() {
    setCell(files, SCHOOLS, 2, "lat", "95.00000");

    assertOnlyError(files, SCHOOLS, 2, "lat", "outOfRange");
  }

  @Test
  void rejectsALongitudeOutOfRange() {
    setCell(files, SCHOOLS, 2, "lon", "-181.5");

    assertOnlyError(files, SCHOOLS, 2, "lon", "outOfRange");
  }

  @ParameterizedTest
  @CsvSource({"0, outOfRange", "41, outOfRange", "twintig, cell.whole", "27.5, cell.whole"})
  void rejectsAPupilCountThatIsNotOneToForty(String pupils, String reason) {
    setCell(files, GROUPS, 7, "pupils", pupils);

    assertOnlyError(files, GROUPS, 7, "pupils", reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "-8.0"})
  void rejectsAReachThatIsNotPositive(String km) {
    setCell(files, GROUPS, 3, "max_km", km);

    assertOnlyError(files, GROUPS, 3, "max_km", "outOfRange");
  }

  @Test
  void rejectsAReachThatIsNotANumber() {
    setCell(files, GROUPS, 3, "max_km", "8 km");

    assertOnlyError(files, GROUPS, 3, "max_km", "must be a number like 8.5");
  }

  @Test
  void rejectsNegativeSeatsWithFileLineAndColumn() {
    setCell(files, SLOTS, 4, "capacity_pupils", "-50");

    assertOnlyError(files, SLOTS, 4, "capacity_pupils", "outOfRange");
  }

  @Test
  void rejectsASlotWithoutSeats() {
    setCell(files, SLOTS, 4, "capacity_pupils", "0");

    assertOnlyError(files, SLOTS, 4, "capacity_pupils", "outOfRange");
  }

  @Test
  void rejectsASlotForNoGroups() {
    setCell(files, SLOTS, 4, "max_groups", "0");

    assertOnlyError(files, SLOTS, 4, "max_groups", "outOfRange");
  }

  @Test
  void rejectsAnInvalidContactEmail() {
    setCell(files, COMPANIES, 5, "contact_email", "contact(at)c0004.example.nl");

    assertOnlyError(files, COMPANIES, 5, "contact_email", "is not an e-mail address");
  }

  @Test
  void rejectsAnInvalidTeacherEmail() {
    setCell(files, GROUPS, 9, "teacher_email", "leerkracht8@");

    assertOnlyError(files, GROUPS, 9, "teacher_email", "is not an e-mail address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"712 LS", "0124 LS", "7124 L5", "Aalten"})
  void rejectsAPostcodeThatIsNeitherDutchNorGerman(String postcode) {
    setCell(files, SCHOOLS, 2, "postcode", postcode);

    assertOnlyError(files, SCHOOLS, 2, "postcode", "postcode.notDutchOrGerman");
  }

  @Test
  void rejectsAnUnknownTransport() {
    setCell(files, GROUPS, 6, "transport", "boot");

    assertOnlyError(files, GROUPS, 6, "transport", "Lokaal does not know boot");
  }

  @Test
  void rejectsAMissingName() {
    setCell(files, COMPANIES, 3, "name", " ");

    assertOnlyError(files, COMPANIES, 3, "name", "name is required");
  }

  @Test
  void rejectsAnIdThatCouldNotStandInAList() {
    setCell(files, SLOTS, 2, "slot_id", "S 1;2");

    assertOnlyError(files, SLOTS, 2, "slot_id", "may hold only letters, digits");
  }
}
