package nl.techniekpact.lokaal.company.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.LAST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TAKING_PART;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a slot is and for whom: one day of its edition, a time window, seats, groups and levels. */
class VisitSlotScheduleTest {

  private static final TimeWindow MORNING = new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0));
  private static final TimeWindow AFTERNOON =
      new TimeWindow(LocalTime.of(13, 0), LocalTime.of(15, 0));
  private static final Levels GROEP_7_8 = Levels.of(Level.PO7, Level.PO8);

  private final VisitSlot slot =
      VisitSlot.atCompany(
          companyVisits(), "S00001", company("C0001"), FIRST_DAY, MORNING, 30, 1, GROEP_7_8);

  @Test
  void canBeRescheduledWithinTheEdition() {
    slot.reschedule(LAST_DAY, AFTERNOON, 60, 2, Levels.of(Level.VO1));
    assertEquals(LAST_DAY, slot.day());
    assertEquals(AFTERNOON, slot.window());
    assertEquals(60, slot.seats());
    assertEquals(2, slot.maxGroups());
    assertEquals(Levels.of(Level.VO1), slot.levels());
  }

  @Test
  void refusesADayOutsideTheEdition() {
    for (LocalDate outside : new LocalDate[] {FIRST_DAY.minusDays(1), LAST_DAY.plusDays(1), null}) {
      assertInvalid("date", () -> slot.reschedule(outside, MORNING, 30, 1, GROEP_7_8));
    }
  }

  @Test
  void needsATimeWindow() {
    assertInvalid("end", () -> slot.reschedule(FIRST_DAY, null, 30, 1, GROEP_7_8));
  }

  @ParameterizedTest
  @ValueSource(ints = {VisitSlot.MIN_PUPILS_PER_CLASS, 1000})
  void seatsOneClassToAThousandPupils(int seats) {
    slot.reschedule(FIRST_DAY, MORNING, seats, 1, GROEP_7_8);
    assertEquals(seats, slot.seats());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1001})
  void refusesNoSeatsOrMoreThanAThousand(int seats) {
    assertInvalid("seats", () -> slot.reschedule(FIRST_DAY, MORNING, seats, 1, GROEP_7_8));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 50})
  void receivesOneToFiftyGroups(int maxGroups) {
    slot.reschedule(FIRST_DAY, MORNING, 20 * maxGroups, maxGroups, GROEP_7_8);
    assertEquals(maxGroups, slot.maxGroups());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 51})
  void refusesNoGroupsOrMoreThanFifty(int maxGroups) {
    assertInvalid("maxGroups", () -> slot.reschedule(FIRST_DAY, MORNING, 30, maxGroups, GROEP_7_8));
  }

  @Test
  void needsLevels() {
    assertInvalid("levels", () -> slot.reschedule(FIRST_DAY, MORNING, 30, 1, null));
  }

  @Test
  void mayReceiveEveryLevelTakingPartInTheEdition() {
    slot.reschedule(FIRST_DAY, MORNING, 30, 1, TAKING_PART);
    assertEquals(TAKING_PART, slot.levels());
  }

  @Test
  void refusesLevelsOfWhichNoneTakesPartInTheEdition() {
    assertInvalid("levels", () -> slot.reschedule(FIRST_DAY, MORNING, 30, 1, Levels.of(Level.MBO)));
  }

  @Test
  void welcomesMoreLevelsThanTheEditionHasAsLongAsOneTakesPart() {
    slot.reschedule(FIRST_DAY, MORNING, 30, 1, Levels.of(Level.PO8, Level.MBO));
    assertEquals(Levels.of(Level.PO8, Level.MBO), slot.levels());
  }

  @Test
  void aRefusedRescheduleLeavesTheSlotAsItWas() {
    assertInvalid(
        "maxGroups", () -> slot.reschedule(LAST_DAY, AFTERNOON, 60, 0, Levels.of(Level.VO1)));
    assertEquals(FIRST_DAY, slot.day());
    assertEquals(MORNING, slot.window());
    assertEquals(30, slot.seats());
    assertEquals(GROEP_7_8, slot.levels());
  }

  @Test
  void aCompanyVisitRefusesTenPupilsForFiveClasses() {
    InvalidValueException refusal =
        assertInvalid("seats", () -> slot.reschedule(FIRST_DAY, MORNING, 10, 5, GROEP_7_8));

    Violation seats = refusal.violations().get(0);
    assertEquals("company.slot.seatsForClasses", seats.key());
    assertEquals(List.of(10, 5, VisitSlot.MIN_PUPILS_PER_CLASS, 40, 1), seats.args());
  }

  @Test
  void aCompanyVisitSeatsAtLeastEightPupilsForEachClass() {
    slot.reschedule(FIRST_DAY, MORNING, 40, 5, GROEP_7_8);
    assertEquals(40, slot.seats());
    assertInvalid("seats", () -> slot.reschedule(FIRST_DAY, MORNING, 39, 5, GROEP_7_8));
  }

  @Test
  void aBookedSessionMayShareFewSeatsAmongManyClasses() {
    VisitSlot session =
        VisitSlot.atCompany(
            edition(EditionKind.SHOW),
            "S00002",
            company("C0002"),
            FIRST_DAY,
            MORNING,
            10,
            5,
            GROEP_7_8);
    assertEquals(5, session.maxGroups());
  }

  @Test
  void refusesEveryFieldOfTheSlotFormAtOnce() {
    LocalDate outside = LAST_DAY.plusDays(7);

    InvalidValueException refusal =
        assertThrows(
            InvalidValueException.class,
            () -> slot.reschedule(outside, null, 0, 0, Levels.of(Level.MBO)));

    assertEquals(
        List.of("date", "end", "seats", "maxGroups", "levels"),
        refusal.violations().stream().map(Violation::field).toList());
  }
}
