package nl.techniekpact.lokaal.monitor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

  @Test
  void aSchoolYearRunsFromTheFirstOfAugustToTheThirtyFirstOfJuly() {
    SchoolYear year = SchoolYear.parse("2026-2027", "year");
    assertEquals(LocalDate.of(2026, 8, 1), year.firstDay());
    assertEquals(LocalDate.of(2027, 7, 31), year.lastDay());
    assertTrue(year.contains(LocalDate.of(2026, 8, 1)));
    assertTrue(year.contains(LocalDate.of(2027, 7, 31)));
    assertFalse(year.contains(LocalDate.of(2026, 7, 31)));
    assertFalse(year.contains(LocalDate.of(2027, 8, 1)));
  }

  @Test
  void theLastDayOfJulyBelongsToTheYearBeforeAndAugustToTheNext() {
    assertEquals("2025-2026", SchoolYear.of(LocalDate.of(2026, 7, 31)).toString());
    assertEquals("2026-2027", SchoolYear.of(LocalDate.of(2026, 8, 1)).toString());
    assertEquals("2026-2027", SchoolYear.of(LocalDate.of(2027, 1, 15)).toString());
  }

  @Test
  void aYearWhoseSecondHalfDoesNotFollowItsFirstIsRefused() {
    assertThrows(InvalidValueException.class, () -> SchoolYear.parse("2026-2028", "year"));
    assertThrows(InvalidValueException.class, () -> SchoolYear.parse("2026", "year"));
    assertThrows(InvalidValueException.class, () -> SchoolYear.parse("", "year"));
  }
}
