package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.DOETINCHEM;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.LAST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TEACHER;
import static nl.techniekpact.lokaal.Fixtures.WINTERSWIJK;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.school;
import static nl.techniekpact.lokaal.event.entity.Level.PO7;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassGroupTest {

  private static final Days FIRST_DAY_ONLY = Days.of(List.of(FIRST_DAY), "days");

  private final Edition edition = companyVisits();
  private final School primary = school(SchoolKind.PO);

  private ClassGroup group(Edition edition, School school, String code, Level level) {
    return new ClassGroup(
        edition, school, code, "groep 7a", level, 27, TEACHER, FIRST_DAY_ONLY, Transport.BIKE, 8.0);
  }

  private ClassGroup group() {
    return group(edition, primary, "G00001", PO7);
  }

  @Test
  void needsAnEditionAndASchool() {
    assertInvalid("edition", () -> group(null, primary, "G00001", PO7));
    assertInvalid("schoolId", () -> group(edition, null, "G00001", PO7));
  }

  @Test
  void needsACodeOfAtMost20Characters() {
    assertInvalid("group_id", () -> group(edition, primary, " ", PO7));
    assertInvalid("group_id", () -> group(edition, primary, "G".repeat(21), PO7));
  }

  @Test
  void needsANameOfAtMost60Characters() {
    ClassGroup group = group();
    assertInvalid("name", () -> group.describe(null, PO7, 27, TEACHER));
    assertInvalid("name", () -> group.describe("x".repeat(61), PO7, 27, TEACHER));
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"VO5", "VO6", "MBO"})
  void takesPartOnlyWithALevelTheEditionAllows(Level level) {
    School special = school(SchoolKind.SO);
    assertInvalid("level", () -> group(edition, special, "G00001", level));
  }

  @Test
  void needsALevel() {
    assertInvalid("level", () -> group().describe("groep 7a", null, 27, TEACHER));
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"PO5", "PO6", "PO7", "PO8"})
  void aPrimarySchoolRegistersGroepen(Level level) {
    assertEquals(level, group(edition, primary, "G00001", level).level());
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"VO1", "VO4"})
  void aPrimarySchoolHasNoKlassen(Level level) {
    assertInvalid("level", () -> group(edition, primary, "G00001", level));
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"VO1", "VO4"})
  void aSecondarySchoolRegistersKlassen(Level level) {
    assertEquals(level, group(edition, school(SchoolKind.VO), "G00001", level).level());
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"PO5", "PO8"})
  void aSecondarySchoolHasNoGroepen(Level level) {
    School secondary = school(SchoolKind.VO);
    assertInvalid("level", () -> group(edition, secondary, "G00001", level));
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"PO5", "PO8", "VO1", "VO4"})
  void specialEducationRegistersGroepenAndKlassen(Level level) {
    assertEquals(level, group(edition, school(SchoolKind.SO), "G00001", level).level());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 40})
  void countsOneToFortyPupils(int pupils) {
    ClassGroup group = group();
    group.describe("groep 7a", PO7, pupils, TEACHER);
    assertEquals(pupils, group.pupils());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 41})
  void refusesAnEmptyOrOversizedGroup(int pupils) {
    assertInvalid("pupils", () -> group().describe("groep 7a", PO7, pupils, TEACHER));
  }

  @Test
  void needsATeacher() {
    assertInvalid("teacherEmail", () -> group().describe("groep 7a", PO7, 27, null));
  }

  @Test
  void aRefusedDescriptionLeavesTheGroupAsItWas() {
    ClassGroup group = group();
    assertInvalid("level", () -> group.describe("klas 1b", Level.VO1, 30, TEACHER));
    assertEquals("groep 7a", group.name());
    assertEquals(PO7, group.level());
    assertEquals(27, group.pupils());
  }

  @Test
  void goesOnDaysFromTheFirstToTheLastDayOfTheEdition() {
    ClassGroup group = group();
    Days days = Days.of(List.of(FIRST_DAY, LAST_DAY), "days");
    group.availability(days, Transport.BUS, 20);
    assertEquals(days, group.days());
  }

  @Test
  void refusesADayOutsideTheEdition() {
    ClassGroup group = group();
    for (LocalDate outside : List.of(FIRST_DAY.minusDays(1), LAST_DAY.plusDays(1))) {
      assertInvalid(
          "days",
          () ->
              group.availability(Days.of(List.of(FIRST_DAY, outside), "days"), Transport.BIKE, 8));
    }
  }

  @Test
  void needsDaysAndATransport() {
    ClassGroup group = group();
    assertInvalid("days", () -> group.availability(null, Transport.BIKE, 8));
    assertInvalid("transport", () -> group.availability(FIRST_DAY_ONLY, null, 8));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 150})
  void reachesHalfAKilometreToAHundredAndFifty(double reachKm) {
    ClassGroup group = group();
    group.availability(FIRST_DAY_ONLY, Transport.BUS, reachKm);
    assertEquals(reachKm, group.reachKm());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.49, 150.01, Double.NaN})
  void refusesAReachBelowHalfAKilometreOrBeyondAHundredAndFifty(double reachKm) {
    assertInvalid("reachKm", () -> group().availability(FIRST_DAY_ONLY, Transport.BUS, reachKm));
  }

  @Test
  void aRefusedAvailabilityLeavesTheGroupAsItWas() {
    ClassGroup group = group();
    assertInvalid(
        "reachKm",
        () -> group.availability(Days.of(List.of(LAST_DAY), "days"), Transport.CAR, 500));
    assertEquals(FIRST_DAY_ONLY, group.days());
    assertEquals(Transport.BIKE, group.transport());
    assertEquals(8.0, group.reachKm());
  }

  @Test
  void reachesAPlaceWithinItsStraightLineDistanceFromTheSchool() {
    ClassGroup group = group();
    group.availability(
        FIRST_DAY_ONLY, Transport.BUS, 30); // Doetinchem lies 29.46 km from Winterswijk
    assertTrue(group.canReach(DOETINCHEM));
    assertTrue(group.canReach(WINTERSWIJK));
  }

  @Test
  void doesNotReachAPlaceFurtherAway() {
    ClassGroup group = group();
    group.availability(FIRST_DAY_ONLY, Transport.BUS, 29);
    assertFalse(group.canReach(DOETINCHEM));
  }

  @Test
  void groupsAreEqualByEditionAndCodeEvenBeforeTheyArePersisted() {
    ClassGroup group = group(edition, primary, "G00001", PO7);
    assertEquals(group, group(edition, school(SchoolKind.SO), "G00001", Level.VO1));
    assertNotEquals(group, group(edition, primary, "G00002", PO7));
  }

  @Test
  void groupsOfDifferentEditionsDifferEvenWithTheSameCode() {
    assertNotEquals(group(), group(companyVisits(), primary, "G00001", PO7));
  }

  @Test
  void refusesEveryFieldOfTheFormAtOnce() {
    Days outside = Days.of(List.of(FIRST_DAY, LAST_DAY.plusDays(3), LAST_DAY.plusDays(4)), "days");

    InvalidValueException refusal =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ClassGroup(
                    edition, primary, "G00001", " ", Level.VO1, 0, null, outside, null, 200));

    assertEquals(
        List.of("name", "level", "pupils", "teacherEmail", "days", "transport", "reachKm"),
        refusal.violations().stream().map(Violation::field).toList());
    Violation days = refusal.violations().get(4);
    assertEquals("school.group.days.outsideEdition", days.key());
    assertEquals(List.of(LAST_DAY.plusDays(3), LAST_DAY.plusDays(4)), days.args().get(0));
  }

  @Test
  void namesTheSchoolKindThatHasNoSuchLevel() {
    InvalidValueException refusal =
        assertInvalid("level", () -> group().describe("klas 1a", Level.VO1, 27, TEACHER));

    assertEquals("school.group.level.notAtSchool", refusal.violations().get(0).key());
    assertEquals(List.of(SchoolKind.PO, Level.VO1), refusal.violations().get(0).args());
  }
}
