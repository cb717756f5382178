package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator.Parameters;
import org.junit.jupiter.api.Test;

class ParametersTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);
  private static final Area REGION = new Area.TownTable(List.of("achterhoek"));

  @Test
  void theRegionalPresetAsksForSixtySchoolsAndFortyCompaniesInOneWeek() {
    Parameters regional = Parameters.regional(1, "achterhoek-liemers");
    assertEquals(60, regional.schools());
    assertEquals(40, regional.companies());
    assertEquals(5, regional.days());
    assertEquals(MONDAY, regional.firstDay());
    assertEquals(new Area.TownTable(List.of("achterhoek", "liemers")), regional.area());
  }

  @Test
  void theNationalPresetAsksForTheNationalSizes() {
    Parameters national = Parameters.national(1);
    assertEquals(8_000, national.schools());
    assertEquals(3_000, national.companies());
    assertEquals(22_000, national.slots());
    assertEquals(18_000, national.groups());
  }

  @Test
  void resizingKeepsSlotsPerCompanyAndGroupsPerSchool() {
    Parameters half = Parameters.regional(1, "liemers").sized(30, 20);
    assertEquals(30, half.schools());
    assertEquals(20, half.companies());
    assertEquals(50, half.slots());
    assertEquals(65, half.groups());
    assertEquals(1, half.seed());
  }

  @Test
  void theShareOfPrimarySchoolsIsRounded() {
    assertEquals(51, Parameters.regional(1, "achterhoek").primarySchools());
  }

  @Test
  void theWeekStartsOnAMonday() {
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 10, 15, MONDAY.plusDays(1), 5));
  }

  @Test
  void aWeekHasOneToFiveSchoolDays() {
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 10, 15, MONDAY, 6));
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 10, 15, MONDAY, 0));
  }

  @Test
  void everyCompanyOffersAtLeastOneSlotAndAtMostItsMaximum() {
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 4, 15, MONDAY, 5));
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 21, 15, MONDAY, 5));
  }

  @Test
  void everySchoolRegistersAtLeastOneGroupAndAtMostItsMaximum() {
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 10, 9, MONDAY, 5));
    // Ten schools, all primary: at most thirty groups.
    assertThrows(IllegalArgumentException.class, () -> sized(10, 5, 10, 31, MONDAY, 5));
  }

  @Test
  void aCompanyOffersAtMostOneSlotPerHalfDay() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Parameters(1, "achterhoek", REGION, 10, 1.0, 5, 10, 11, 15, MONDAY, 5));
  }

  private static Parameters sized(
      int schools, int companies, int slots, int groups, LocalDate firstDay, int days) {
    return new Parameters(
        1, "achterhoek", REGION, schools, 1.0, companies, slots, 4, groups, firstDay, days);
  }
}
