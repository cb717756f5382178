package nl.techniekpact.lokaal.company.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.Fixtures.theatre;
import static nl.techniekpact.lokaal.event.entity.EditionKind.CENTRE_VISIT;
import static nl.techniekpact.lokaal.event.entity.EditionKind.SHOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalTime;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Venue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a slot takes place: at its host company, at a venue, or online. */
class VisitSlotTest {

  private static final TimeWindow MORNING = new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0));
  private static final Levels GROEP_7_8 = Levels.of(Level.PO7, Level.PO8);
  private static final URI JOIN_LINK = URI.create("https://meet.example.nl/techniek-live");

  private final Edition week = companyVisits();
  private final Edition show = edition(SHOW);
  private final Company host = company("C0001");
  private final Venue theatre = theatre();

  private VisitSlot atCompany(Edition edition, String code, Company host) {
    return VisitSlot.atCompany(edition, code, host, FIRST_DAY, MORNING, 30, 1, GROEP_7_8);
  }

  private VisitSlot atVenue(Edition edition, Venue venue) {
    return VisitSlot.atVenue(edition, "S00001", venue, FIRST_DAY, MORNING, 200, 8, GROEP_7_8);
  }

  private VisitSlot online(Edition edition, Company host, URI joinLink) {
    return VisitSlot.online(
        edition, "S00001", host, joinLink, FIRST_DAY, MORNING, 100, 4, GROEP_7_8);
  }

  @Test
  void aCompanyVisitTakesPlaceAtTheHost() {
    VisitSlot slot = atCompany(week, "S00001", host);
    assertEquals(host, slot.host());
    assertEquals(host.address(), slot.address());
    assertEquals(host.location(), slot.location());
    assertFalse(slot.isOnline());
  }

  @Test
  void aCompanyVisitNeedsAHost() {
    assertInvalid("companyId", () -> atCompany(week, "S00001", null));
  }

  @Test
  void aCompanyVisitCannotTakePlaceAtAVenueWithoutAHost() {
    assertInvalid("companyId", () -> atVenue(week, theatre));
  }

  @Test
  void aShowSessionTakesPlaceAtAVenue() {
    VisitSlot slot = atVenue(show, theatre);
    assertNull(slot.host());
    assertEquals(theatre.address(), slot.address());
    assertEquals(theatre.location(), slot.location());
  }

  @Test
  void aCentreVisitMayBeHostedByACompany() {
    assertEquals(host, atCompany(edition(CENTRE_VISIT), "S00001", host).host());
  }

  @Test
  void aVenueSlotNeedsAVenue() {
    assertInvalid("venue", () -> atVenue(show, null));
  }

  @Test
  void anOnlineSlotHasAJoinLinkAndNoAddress() {
    VisitSlot slot = online(week, host, JOIN_LINK);
    assertTrue(slot.isOnline());
    assertEquals(JOIN_LINK, slot.joinLink());
    assertNull(slot.address());
  }

  @Test
  void anOnlineShowMayHaveNoHostAndNoPlace() {
    VisitSlot slot = online(show, null, JOIN_LINK);
    assertNull(slot.host());
    assertNull(slot.location());
  }

  @Test
  void anOnlineCompanyVisitStillNeedsAHost() {
    assertInvalid("companyId", () -> online(week, null, JOIN_LINK));
  }

  @Test
  void anOnlineSlotNeedsAJoinLink() {
    assertInvalid("joinLink", () -> online(week, host, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://meet.example.nl/live",
        "ftp://meet.example.nl/live",
        "meet.example.nl/live",
        "mailto:live@example.nl"
      })
  void refusesAJoinLinkThatIsNotHttps(String link) {
    assertInvalid("joinLink", () -> online(week, host, URI.create(link)));
  }

  @Test
  void needsAnEdition() {
    assertInvalid("edition", () -> atCompany(null, "S00001", host));
  }

  @Test
  void needsACodeOfAtMost20Characters() {
    assertInvalid("slot_id", () -> atCompany(week, "", host));
    assertInvalid("slot_id", () -> atCompany(week, "S".repeat(21), host));
  }

  @Test
  void slotsAreEqualByEditionAndCodeEvenBeforeTheyArePersisted() {
    VisitSlot slot = atCompany(week, "S00001", host);
    assertEquals(slot, atCompany(week, "S00001", company("C0002")));
    assertNotEquals(slot, atCompany(week, "S00002", host));
  }

  @Test
  void slotsOfDifferentEditionsDifferEvenWithTheSameCode() {
    assertNotEquals(atCompany(week, "S00001", host), atCompany(companyVisits(), "S00001", host));
  }
}
