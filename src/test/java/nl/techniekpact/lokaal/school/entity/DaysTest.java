package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DaysTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);
  private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 16);

  @Test
  void needsAtLeastOneDay() {
    assertInvalid("days", () -> Days.of(List.of(), "days"));
    assertInvalid("days", () -> Days.of(null, "days"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {";", " ; "})
  void parsingNoDatesIsRefused(String text) {
    assertInvalid("days", () -> Days.parse(text, "days"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"15-03-2027", "2027-3-15", "2027-02-30", "maandag"})
  void refusesWhatIsNotAnIsoDate(String text) {
    assertInvalid("days", () -> Days.parse("2027-03-16;" + text, "days"));
  }

  @Test
  void keepsTheDaysInCalendarOrderAndEachOnce() {
    Days days = Days.parse(" 2027-03-16;2027-03-15;;2027-03-16 ", "days");
    assertEquals(List.of(MONDAY, TUESDAY), days.asList());
    assertEquals("2027-03-15;2027-03-16", days.codes());
  }

  @Test
  void containsOnlyItsOwnDays() {
    Days days = Days.of(List.of(TUESDAY), "days");
    assertTrue(days.contains(TUESDAY));
    assertFalse(days.contains(MONDAY));
  }

  @Test
  void cannotBeChangedThroughItsList() {
    Days days = Days.of(List.of(TUESDAY), "days");
    assertThrows(UnsupportedOperationException.class, () -> days.asList().add(MONDAY));
  }

  @Test
  void daysAreEqualWhateverTheOrderTheyWereGivenIn() {
    assertEquals(
        Days.of(List.of(TUESDAY, MONDAY), "days"), Days.parse("2027-03-15;2027-03-16", "days"));
  }
}
