package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.LAST_DAY;
import static nl.techniekpact.lokaal.Fixtures.REGISTRATION;
import static nl.techniekpact.lokaal.Fixtures.TAKING_PART;
import static nl.techniekpact.lokaal.Fixtures.WEEK;
import static nl.techniekpact.lokaal.Fixtures.achterhoek;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.event.entity.EditionKind.COMPANY_VISITS;
import static nl.techniekpact.lokaal.event.entity.EditionKind.SHOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditionTest {

  private static final LocalDate OPENS = REGISTRATION.firstDay();

  @Test
  void aNewEditionIsADraft() {
    assertEquals(EditionStatus.DRAFT, companyVisits().status());
  }

  @Test
  void needsARegionAndAKind() {
    assertInvalid(
        "region", () -> new Edition(null, SHOW, "Show", WEEK, REGISTRATION, TAKING_PART, 1));
    assertInvalid(
        "kind", () -> new Edition(achterhoek(), null, "Show", WEEK, REGISTRATION, TAKING_PART, 1));
  }

  @Test
  void itsMailboxIsOneAddressOrNone() {
    Edition edition = companyVisits();
    assertTrue(edition.mailbox().isEmpty());
    edition.useMailbox(" WvdT@Techniekpact-Achterhoek.nl ");
    assertEquals("wvdt@techniekpact-achterhoek.nl", edition.mailbox().orElseThrow());
    assertInvalid("mailbox", () -> edition.useMailbox("wvdt at techniekpact"));
    assertEquals(
        "wvdt@techniekpact-achterhoek.nl",
        edition.mailbox().orElseThrow(),
        "a refused address keeps the old one");
    edition.useMailbox("");
    assertTrue(edition.mailbox().isEmpty());
  }

  @Test
  void needsANameOfAtMost120Characters() {
    Edition edition = companyVisits();
    assertInvalid("name", () -> edition.describe(" ", WEEK, REGISTRATION, TAKING_PART, 1));
    assertInvalid(
        "name", () -> edition.describe("x".repeat(121), WEEK, REGISTRATION, TAKING_PART, 1));
  }

  @Test
  void needsAPeriodARegistrationWindowAndLevels() {
    Edition edition = companyVisits();
    assertInvalid("period", () -> edition.describe("Week", null, REGISTRATION, TAKING_PART, 1));
    assertInvalid("registration", () -> edition.describe("Week", WEEK, null, TAKING_PART, 1));
    assertInvalid("allowedLevels", () -> edition.describe("Week", WEEK, REGISTRATION, null, 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  void givesEachGroupOneToFiveVisits(int visits) {
    Edition edition = companyVisits();
    edition.describe("Week", WEEK, REGISTRATION, TAKING_PART, visits);
    assertEquals(visits, edition.visitsPerGroup());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void refusesFewerThanOneOrMoreThanFiveVisitsPerGroup(int visits) {
    assertInvalid(
        "visitsPerGroup",
        () -> companyVisits().describe("Week", WEEK, REGISTRATION, TAKING_PART, visits));
  }

  @Test
  void anAllocatedEditionMayCloseRegistrationTheDayBeforeTheFirstVisit() {
    DateRange registration = registrationUntil(FIRST_DAY.minusDays(1));
    Edition edition =
        new Edition(achterhoek(), COMPANY_VISITS, "Week", WEEK, registration, TAKING_PART, 1);
    assertEquals(registration, edition.registration());
  }

  @Test
  void anAllocatedEditionRefusesRegistrationUntilTheFirstVisitDay() {
    DateRange registration = registrationUntil(FIRST_DAY);
    assertInvalid(
        "registrationCloses",
        () ->
            new Edition(achterhoek(), COMPANY_VISITS, "Week", WEEK, registration, TAKING_PART, 1));
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionKind.class,
      names = {"SHOW", "CENTRE_VISIT"})
  void aDirectlyBookedEditionMayTakeRegistrationsUntilItsLastDay(EditionKind kind) {
    DateRange registration = registrationUntil(LAST_DAY);
    Edition edition = new Edition(achterhoek(), kind, "Show", WEEK, registration, TAKING_PART, 1);
    assertEquals(registration, edition.registration());
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionKind.class,
      names = {"SHOW", "CENTRE_VISIT"})
  void aDirectlyBookedEditionRefusesRegistrationAfterItsLastDay(EditionKind kind) {
    DateRange registration = registrationUntil(LAST_DAY.plusDays(1));
    assertInvalid(
        "registrationCloses",
        () -> new Edition(achterhoek(), kind, "Show", WEEK, registration, TAKING_PART, 1));
  }

  @Test
  void aRefusedDescriptionLeavesTheEditionAsItWas() {
    Edition edition = companyVisits();
    DateRange later = new DateRange(FIRST_DAY.plusWeeks(1), LAST_DAY.plusWeeks(1), "period");
    assertInvalid(
        "registrationCloses",
        () ->
            edition.describe("Later", WEEK, registrationUntil(FIRST_DAY), Levels.of(Level.PO8), 2));
    assertInvalid(
        "visitsPerGroup",
        () -> edition.describe("Later", later, REGISTRATION, Levels.of(Level.PO8), 9));
    assertEquals("Techniek in de Achterhoek 2027", edition.name());
    assertEquals(WEEK, edition.period());
    assertEquals(REGISTRATION, edition.registration());
    assertEquals(TAKING_PART, edition.allowedLevels());
    assertEquals(1, edition.visitsPerGroup());
  }

  @Test
  void canBeDescribedAgainUntilItIsPublished() {
    Edition edition = edition(COMPANY_VISITS, EditionStatus.ALLOCATED);
    edition.describe("Week 2027", WEEK, REGISTRATION, Levels.of(Level.PO8), 2);
    assertEquals("Week 2027", edition.name());
    assertEquals(Levels.of(Level.PO8), edition.allowedLevels());
  }

  @Test
  void aPublishedEditionCanNoLongerBeDescribed() {
    Edition edition = edition(COMPANY_VISITS, EditionStatus.PUBLISHED);
    assertThrows(
        StateConflictException.class,
        () -> edition.describe("Week 2027", WEEK, REGISTRATION, TAKING_PART, 1));
    assertEquals("Techniek in de Achterhoek 2027", edition.name());
  }

  @Test
  void registrationIsOpenOnlyWhileOpenAndWithinItsWindow() {
    Edition edition = edition(COMPANY_VISITS, EditionStatus.OPEN);
    assertTrue(edition.isRegistrationOpenOn(REGISTRATION.firstDay()));
    assertTrue(edition.isRegistrationOpenOn(REGISTRATION.lastDay()));
    assertFalse(edition.isRegistrationOpenOn(REGISTRATION.firstDay().minusDays(1)));
    assertFalse(edition.isRegistrationOpenOn(REGISTRATION.lastDay().plusDays(1)));
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionStatus.class,
      names = {"DRAFT", "CLOSED", "ALLOCATED", "PUBLISHED"})
  void registrationIsClosedInAnyOtherStatusEvenWithinItsWindow(EditionStatus status) {
    assertFalse(edition(COMPANY_VISITS, status).isRegistrationOpenOn(OPENS));
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionStatus.class,
      names = {"DRAFT", "OPEN"})
  void acceptsBulkChangesWhileDraftOrOpen(EditionStatus status) {
    assertTrue(edition(COMPANY_VISITS, status).acceptsBulkChanges());
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionStatus.class,
      names = {"CLOSED", "ALLOCATED", "PUBLISHED"})
  void refusesBulkChangesOnceRegistrationHasClosed(EditionStatus status) {
    assertFalse(edition(COMPANY_VISITS, status).acceptsBulkChanges());
  }

  @Test
  void acceptsTheFirstAndLastDayAsDaysWithinTheEdition() {
    Edition edition = companyVisits();
    assertEquals(FIRST_DAY, edition.requireDayWithin(FIRST_DAY, "date"));
    assertEquals(LAST_DAY, edition.requireDayWithin(LAST_DAY, "date"));
  }

  @Test
  void refusesADayOutsideTheEditionNamingTheField() {
    Edition edition = companyVisits();
    assertInvalid("date", () -> edition.requireDayWithin(FIRST_DAY.minusDays(1), "date"));
    assertInvalid("days", () -> edition.requireDayWithin(LAST_DAY.plusDays(1), "days"));
    assertInvalid("date", () -> edition.requireDayWithin(null, "date"));
  }

  @Test
  void acceptsALevelThatTakesPart() {
    assertEquals(Level.PO7, companyVisits().requireAllowed(Level.PO7, "level"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Level.class,
      names = {"VO5", "VO6", "MBO"})
  void refusesALevelThatDoesNotTakePart(Level level) {
    assertInvalid("level", () -> companyVisits().requireAllowed(level, "level"));
  }

  @Test
  void refusesAMissingLevel() {
    assertInvalid("level", () -> companyVisits().requireAllowed(null, "level"));
  }

  @Test
  void beforePersistingAnEditionEqualsOnlyItself() {
    Edition edition = companyVisits();
    assertEquals(edition, edition);
    assertNotEquals(companyVisits(), edition);
  }

  private static DateRange registrationUntil(LocalDate closes) {
    return new DateRange(OPENS, closes, "registration");
  }
}
