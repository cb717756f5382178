package nl.techniekpact.lokaal.monitor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

class ExternalActivityTest {

  private static final Region HERE = new Region("achterhoek", "Achterhoek");
  private static final Region THERE = new Region("liemers", "Liemers");
  private static final ActivityKind LESSON = new ActivityKind(null, "Technieklokaal");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

  private static RegisterSchool school(Region region, String code) {
    return new RegisterSchool(
        region,
        SchoolId.parse(code, "code"),
        "De Regenboog",
        SchoolKind.PO,
        new Address(null, "7001 AB", "Doetinchem"),
        "Doetinchem");
  }

  private static Participant part(RegisterSchool school, int groups, int pupils) {
    return new Participant(school, groups, pupils, Level.PO7);
  }

  @Test
  void anActivityCountsEachSchoolWithItsGroupsAndPupils() {
    var activity =
        new ExternalActivity(
            HERE, LESSON, "Lessen", DAY, List.of(part(school(HERE, "99A100"), 2, 48)));
    assertEquals(1, activity.participations().size());
    assertEquals(48, activity.participations().get(0).pupils());
    assertEquals(new SchoolYear(2026), activity.schoolYear());
  }

  @Test
  void fewerPupilsThanGroupsIsAllowed() {
    var activity =
        new ExternalActivity(
            HERE, LESSON, "Team", DAY, List.of(part(school(HERE, "99A100"), 3, 2)));
    assertEquals(3, activity.participations().get(0).groups());
  }

  @Test
  void aSchoolTakesPartOncePerActivity() {
    RegisterSchool school = school(HERE, "99A100");
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ExternalActivity(
                    HERE,
                    LESSON,
                    "Lessen",
                    DAY,
                    List.of(part(school, 1, 20), part(school, 1, 20))));
    assertEquals("activity.schoolTwice", refused.violations().get(0).key());
  }

  @Test
  void aSchoolOfAnotherRegionIsRefused() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ExternalActivity(
                    HERE, LESSON, "Lessen", DAY, List.of(part(school(THERE, "99A200"), 1, 20))));
    assertEquals("activity.schoolOfOtherRegion", refused.violations().get(0).key());
  }

  @Test
  void zeroGroupsOrPupilsAreRefused() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ExternalActivity(
                    HERE, LESSON, "Lessen", DAY, List.of(part(school(HERE, "99A100"), 0, 0))));
    assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("groups")));
    assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("pupils")));
  }

  @Test
  void aNameIsRequiredAndADayOutOfRangeRefused() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ExternalActivity(
                    HERE,
                    LESSON,
                    " ",
                    LocalDate.of(1999, 1, 1),
                    List.of(part(school(HERE, "99A100"), 1, 20))));
    assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("name")));
    assertTrue(
        refused.violations().stream().anyMatch(v -> v.key().equals("activity.dayOutOfRange")));
  }

  @Test
  void anotherRegionsKindIsRefused() {
    ActivityKind theirs = new ActivityKind(THERE, "Techniekdag");
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ExternalActivity(
                    HERE, theirs, "Dag", DAY, List.of(part(school(HERE, "99A100"), 1, 20))));
    assertEquals("activity.kindOfOtherRegion", refused.violations().get(0).key());
  }

  @Test
  void countingASchoolAgainChangesItsPartInPlace() {
    RegisterSchool school = school(HERE, "99A100");
    var activity = new ExternalActivity(HERE, LESSON, "Lessen", DAY, List.of(part(school, 1, 20)));
    ExternalParticipation row = activity.participations().get(0);
    activity.count(part(school, 2, 45));
    assertEquals(List.of(row), activity.participations());
    assertEquals(45, row.pupils());
  }
}
