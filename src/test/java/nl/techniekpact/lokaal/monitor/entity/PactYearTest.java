package nl.techniekpact.lokaal.monitor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

class PactYearTest {

  private static final SchoolYear YEAR = SchoolYear.parse("2026-2027", "year");
  private static final Listing REGENBOOG = primary("04AB00", "De Regenboog", "Doetinchem", null);
  private static final Listing KLAVER = primary("05CD00", "Klavertje Vier", "Winterswijk", null);
  private static final Listing DRIESPRONG = primary("06EF01", "De Driesprong", "Aalten", null);

  private static Listing primary(String code, String name, String municipality, LocalDate closed) {
    return new Listing(
        code, name, SchoolKind.PO, municipality, municipality, closed, null, null, null);
  }

  private static Activity visit(String school, LocalDate day, Turnout turnout, int pupils) {
    return new Activity(
        school,
        EditionKind.COMPANY_VISITS,
        null,
        day,
        turnout,
        1,
        pupils,
        Level.PO7,
        1L,
        "Metaal",
        0,
        0);
  }

  private static Activity external(String school, LocalDate day, int groups, int pupils) {
    return new Activity(
        school,
        null,
        "Technieklokaal",
        day,
        Turnout.ATTENDED,
        groups,
        pupils,
        null,
        null,
        null,
        0,
        0);
  }

  private static PactYear count(List<Listing> register, Activity... activities) {
    return PactYear.count(YEAR, register, List.of(activities));
  }

  @Test
  void aPrimarySchoolWithTwoAttendedActivitiesReachesTheGoal() {
    PactYear year =
        count(
            List.of(REGENBOOG, KLAVER, DRIESPRONG),
            visit("04AB00", LocalDate.of(2026, 10, 6), Turnout.ATTENDED, 24),
            visit("04AB00", LocalDate.of(2027, 3, 16), Turnout.ATTENDED, 20),
            visit("05CD00", LocalDate.of(2027, 3, 16), Turnout.ATTENDED, 18));
    assertEquals(3, year.primarySchools());
    assertEquals(1, year.primaryWithTwoOrMore());
    assertEquals(1, year.primaryWithOne());
    assertEquals(1, year.primaryWithNone());
    assertEquals(33.3, year.goalPercentage());
    assertEquals(62, year.pupilsReached());
  }

  @Test
  void onlyAttendedVisitsCountAndUnknownOnesAreShownApart() {
    PactYear year =
        count(
            List.of(REGENBOOG),
            visit("04AB00", LocalDate.of(2026, 10, 6), Turnout.ABSENT, 24),
            visit("04AB00", LocalDate.of(2026, 10, 7), Turnout.UNKNOWN, 24),
            visit("04AB00", LocalDate.of(2027, 5, 7), Turnout.PLANNED, 24));
    assertEquals(0, year.primaryWithTwoOrMore());
    assertEquals(1, year.primaryWithNone());
    assertEquals(0, year.pupilsReached());
    assertEquals(1, year.attendanceUnknown());
    assertEquals(1, year.absent());
    assertEquals(1, year.planned());
  }

  @Test
  void visitsOutsideTheSchoolYearCountInTheirOwnYear() {
    PactYear year =
        count(
            List.of(REGENBOOG),
            visit("04AB00", LocalDate.of(2026, 7, 31), Turnout.ATTENDED, 24),
            visit("04AB00", LocalDate.of(2026, 8, 1), Turnout.ATTENDED, 24),
            visit("04AB00", LocalDate.of(2027, 8, 1), Turnout.ATTENDED, 24));
    assertEquals(1, year.activitiesAttended());
    assertEquals(1, year.primaryWithOne());
  }

  @Test
  void anActivityOutsideLokaalCountsWithItsGroupsAndPupils() {
    PactYear year =
        count(
            List.of(REGENBOOG),
            visit("04AB00", LocalDate.of(2026, 10, 6), Turnout.ATTENDED, 24),
            external("04AB00", LocalDate.of(2027, 2, 2), 3, 70));
    assertEquals(1, year.primaryWithTwoOrMore());
    assertEquals(4, year.groupsReached());
    assertEquals(94, year.pupilsReached());
    assertEquals(
        List.of("COMPANY_VISITS", "Technieklokaal"),
        year.byKind().stream().map(PactYear.Reach::key).toList());
    PactYear.Reach unknownLevel = year.byLevel().get(year.byLevel().size() - 1);
    assertNull(unknownLevel.key());
    assertEquals(70, unknownLevel.pupils());
  }

  @Test
  void aSchoolThatMovedKeepsItsActivitiesAndCountsInItsNewMunicipality() {
    Listing moved = primary("04AB00", "De Regenboog", "Oude IJsselstreek", null);
    PactYear year =
        count(
            List.of(moved),
            visit("04AB00", LocalDate.of(2026, 10, 6), Turnout.ATTENDED, 24),
            visit("04AB00", LocalDate.of(2027, 3, 16), Turnout.ATTENDED, 20));
    assertEquals(1, year.primaryWithTwoOrMore());
    assertEquals("Oude IJsselstreek", year.byMunicipality().get(0).key());
    assertEquals(44, year.byMunicipality().get(0).pupils());
  }

  @Test
  void aSchoolClosedBeforeTheYearIsNoLongerCountedButOneClosedDuringItIs() {
    Listing closedBefore = primary("07GH00", "'t Veld", "Berkelland", LocalDate.of(2026, 7, 1));
    Listing closedDuring = primary("08IJ00", "De Linde", "Berkelland", LocalDate.of(2027, 1, 1));
    PactYear year = count(List.of(REGENBOOG, closedBefore, closedDuring));
    assertEquals(2, year.primarySchools());
    assertEquals(2, year.schoolsInRegister());
  }

  @Test
  void secondarySchoolsAreInTheRegisterButNotInThePrimaryGoal() {
    Listing college =
        new Listing(
            "09KL00",
            "Het College",
            SchoolKind.VO,
            "Doetinchem",
            "Doetinchem",
            null,
            null,
            null,
            null);
    PactYear year =
        count(
            List.of(REGENBOOG, college),
            visit("09KL00", LocalDate.of(2026, 10, 6), Turnout.ATTENDED, 28));
    assertEquals(2, year.schoolsInRegister());
    assertEquals(1, year.primarySchools());
    assertEquals(1, year.primaryWithNone());
    assertEquals(28, year.pupilsReached());
  }

  @Test
  void theSchoolsBelowTheGoalAreListedByMunicipalityWithTheirCount() {
    PactYear year =
        count(
            List.of(REGENBOOG, KLAVER, DRIESPRONG),
            visit("05CD00", LocalDate.of(2026, 10, 6), Turnout.ATTENDED, 18));
    assertEquals(
        List.of("De Driesprong", "De Regenboog", "Klavertje Vier"),
        year.belowGoal().stream().map(c -> c.school().name()).toList());
    assertEquals(1, year.belowGoal().get(2).activities());
  }

  @Test
  void hostsAreCountedOncePerSectorAndRatingsAveraged() {
    Activity rated =
        new Activity(
            "04AB00",
            EditionKind.COMPANY_VISITS,
            null,
            LocalDate.of(2026, 10, 6),
            Turnout.ATTENDED,
            1,
            24,
            Level.PO7,
            1L,
            "Metaal",
            9,
            2);
    Activity again =
        new Activity(
            "05CD00",
            EditionKind.COMPANY_VISITS,
            null,
            LocalDate.of(2026, 10, 7),
            Turnout.ATTENDED,
            1,
            20,
            Level.PO8,
            1L,
            "Metaal",
            3,
            1);
    PactYear year = count(List.of(REGENBOOG, KLAVER), rated, again);
    assertEquals(1, year.hostsBySector().get(0).hosts());
    assertEquals(2, year.hostsBySector().get(0).activities());
    assertEquals(4.0, year.byKind().get(0).averageRating());
  }
}
