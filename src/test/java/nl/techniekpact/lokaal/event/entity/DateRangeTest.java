package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);
  private static final LocalDate FRIDAY = LocalDate.of(2027, 3, 19);

  @Test
  void mayBeASingleDay() {
    DateRange day = new DateRange(MONDAY, MONDAY, "period");
    assertEquals(MONDAY, day.firstDay());
    assertEquals(MONDAY, day.lastDay());
  }

  @Test
  void refusesToEndBeforeItStarts() {
    assertInvalid("period.lastDay", () -> new DateRange(FRIDAY, MONDAY, "period"));
  }

  @Test
  void needsBothEnds() {
    assertInvalid("period.firstDay", () -> new DateRange(null, FRIDAY, "period"));
    assertInvalid("period.lastDay", () -> new DateRange(MONDAY, null, "period"));
  }

  @Test
  void refusesDaysNoDatabaseStores() {
    assertInvalid(
        "period.firstDay", () -> new DateRange(LocalDate.of(-999_999_999, 1, 1), FRIDAY, "period"));
    assertInvalid(
        "period.firstDay", () -> new DateRange(LocalDate.of(999, 12, 31), FRIDAY, "period"));
    assertInvalid("period.lastDay", () -> new DateRange(MONDAY, LocalDate.MAX, "period"));
    assertInvalid(
        "period.lastDay", () -> new DateRange(MONDAY, LocalDate.of(10_000, 1, 1), "period"));
  }

  @Test
  void mayReachTheFirstAndLastDayADatabaseStores() {
    DateRange widest = new DateRange(DateRange.EARLIEST, DateRange.LATEST, "period");
    assertTrue(widest.contains(LocalDate.of(1000, 1, 1)));
    assertTrue(widest.contains(LocalDate.of(9999, 12, 31)));
  }

  @Test
  void containsBothOfItsEnds() {
    DateRange week = new DateRange(MONDAY, FRIDAY, "period");
    assertTrue(week.contains(MONDAY));
    assertTrue(week.contains(FRIDAY));
  }

  @Test
  void containsNoDayBeforeOrAfter() {
    DateRange week = new DateRange(MONDAY, FRIDAY, "period");
    assertFalse(week.contains(MONDAY.minusDays(1)));
    assertFalse(week.contains(FRIDAY.plusDays(1)));
  }

  @Test
  void rangesAreEqualByTheirEnds() {
    assertEquals(
        new DateRange(MONDAY, FRIDAY, "period"), new DateRange(MONDAY, FRIDAY, "registration"));
  }
}
