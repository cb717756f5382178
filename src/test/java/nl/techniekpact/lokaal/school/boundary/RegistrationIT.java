package nl.techniekpact.lokaal.school.boundary;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static nl.techniekpact.lokaal.testing.Bodies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import nl.techniekpact.lokaal.testing.Wording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schools and companies sign up and in by single-use links, organisers by password, and neither way
 * tells a stranger which addresses Lokaal knows. Signing up a known school or company enrols nobody
 * until its contact on file confirms, signed in. Retried registrations create nothing twice,
 * refused ones nothing at all, and the audit log says who did what.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

  private static final String DAY = "2027-03-16";
  private static Parties parties;
  private static long edition;

  /** The Week van de Techniek of De Liemers, another region than the edition's. */
  private static long liemers;

  private static Party organiser;

  /**
   * A company in Doetinchem with a slot for groep 7, some 30 km from the schools in Winterswijk.
   */
  private static long farCompany;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void signUpOnce() {
    if (parties == null) {
      parties = new Parties(new Lokaal(base), 8);
      edition = editionNamed("achterhoek", "Week van de Techniek Achterhoek 2027");
      liemers = editionNamed("liemers", "Week van de Techniek De Liemers 2027");
      organiser = parties.organiser("achterhoek");
      Party company = parties.company(edition, "Verre Techniek BV", "7001 BH", "Doetinchem");
      expect(201, parties.as(company).post(editionPath("slots"), Bodies.slotJson(null, DAY)));
      farCompany = company.id();
    }
  }

  @Test
  void aSignInLinkSignsInOnceAndNeverAgain() {
    String email = parties.email("company");
    expect(
        202,
        anonymous()
            .post(
                editionPath("companies"),
                Bodies.companyJson("Eenmalig BV", "7101 BN", "Winterswijk", email)));
    String link = parties.linkToken(email);

    var first = anonymous().post("api/session/link", Bodies.tokenJson(link));
    assertEquals(200, first.status(), first.toString());
    assertEquals("COMPANY", first.json().getString("role"));
    assertProblem(401, anonymous().post("api/session/link", Bodies.tokenJson(link)));
  }

  @Test
  void anUnknownOrGarbledSignInLinkSignsNobodyIn() {
    assertProblem(401, anonymous().post("api/session/link", Bodies.tokenJson("A".repeat(43))));
    assertProblem(401, anonymous().post("api/session/link", Bodies.tokenJson("not-a-token")));
  }

  @Test
  void askingForALinkAnswersAlikeForAKnownAndAnUnknownAddress() {
    Party school = newSchool();
    String stranger = parties.email("stranger");
    int before = parties.linkTokens(school.email()).size();
    var known = anonymous().post("api/session/links", "{\"email\":\"" + school.email() + "\"}");
    var unknown = anonymous().post("api/session/links", "{\"email\":\"" + stranger + "\"}");

    assertEquals(202, known.status(), known.toString());
    assertEquals(known.toString(), unknown.toString());
    assertNotNull(parties.newLinkToken(school.email(), before), "the known address gets a link");
    List<String> recipients =
        parties
            .as(parties.admin())
            .get("api/outbox?max=20")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(m -> m.getString("recipient"))
            .toList();
    assertFalse(recipients.contains(stranger), "the unknown address gets nothing");
  }

  @Test
  void organiserSignInFailsAlikeForAWrongPasswordAndAnUnknownAddress() {
    var wrongPassword =
        anonymous()
            .post("api/session", Bodies.credentials(organiser.email(), "not-the-right-password"));
    var unknownAddress =
        anonymous()
            .post(
                "api/session",
                Bodies.credentials(parties.email("stranger"), "not-the-right-password"));

    assertProblem(401, wrongPassword);
    assertEquals(wrongPassword.text(), unknownAddress.text());
    assertEquals(
        wrongPassword.header("WWW-Authenticate"), unknownAddress.header("WWW-Authenticate"));
  }

  @Test
  void theSixthLinkRequestForAnAddressWithinTheWindowMustWait() {
    String body = "{\"email\":\"" + parties.email("impatient") + "\"}";
    for (int i = 1; i <= 5; i++) {
      assertEquals(202, anonymous().post("api/session/links", body).status(), "request " + i);
    }
    var sixth = anonymous().post("api/session/links", body);

    assertProblem(429, sixth);
    long retryAfter = Long.parseLong(sixth.header("Retry-After"));
    assertTrue(
        retryAfter >= 1 && retryAfter <= 15 * 60,
        "Retry-After " + retryAfter + " s is within the window");
  }

  @Test
  void signingOutEndsTheSession() {
    Party school = newSchool();
    assertEquals(204, parties.as(school).delete("api/session").status());
    assertProblem(401, parties.as(school).get("api/session"));
  }

  @Test
  void aRetriedGroupRegistrationWithTheSameIdempotencyKeyRegistersOneGroup() {
    Party school = newSchool();
    String group = Bodies.group("groep 7", DAY, 10, List.of()).toString();
    Lokaal once = parties.as(school).withHeader("Idempotency-Key", UUID.randomUUID().toString());

    var first = once.post(editionPath("groups"), group);
    var retry = once.post(editionPath("groups"), group);

    assertEquals(201, first.status(), first.toString());
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals(201, retry.status(), retry.toString());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(id(first), id(retry));
    assertEquals(1, groupsOf(school));

    var another =
        parties
            .as(school)
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(editionPath("groups"), group);
    assertEquals(201, another.status(), another.toString());
    assertNotEquals(id(first), id(another));
    assertEquals(2, groupsOf(school));
  }

  @Test
  void refusesAGroupOfALevelThatDoesNotExistNamingTheField() {
    assertGroupRefused("level", group -> group.add("level", "PO9"));
  }

  @Test
  void refusesAGroupOfALevelTheEditionDoesNotTakeNamingTheField() {
    assertGroupRefused("level", group -> group.add("level", "VO4"));
  }

  @Test
  void refusesAGroupWithoutPupilsNamingTheField() {
    assertGroupRefused("pupils", group -> group.add("pupils", 0));
  }

  @Test
  void refusesAGroupWithPartOfAPupilNamingTheField() {
    assertGroupRefused("pupils", group -> group.add("pupils", 24.5));
  }

  @Test
  void refusesAGroupOnADayOutsideTheEditionNamingTheField() {
    assertGroupRefused(
        "days", group -> group.add("days", Json.createArrayBuilder().add("2027-04-01")));
  }

  @Test
  void refusesAWishForACompanyOutOfTheGroupsReachNamingTheField() {
    assertGroupRefused(
        "wishes[0]", group -> group.add("wishes", Json.createArrayBuilder().add(farCompany)));
  }

  @Test
  void refusesEveryWrongFieldOfAGroupAtOnceInTheReadersLanguage() {
    Party school = newSchool();
    String body =
        Json.createObjectBuilder(Bodies.group("groep 7", DAY, 10, List.of(farCompany)))
            .add("level", "VO4")
            .add("days", Json.createArrayBuilder().add(DAY).add("2027-04-01"))
            .build()
            .toString();

    var dutch =
        parties.as(school).withHeader("Accept-Language", "nl").post(editionPath("groups"), body);
    var english =
        parties.as(school).withHeader("Accept-Language", "en").post(editionPath("groups"), body);

    assertProblem(400, dutch);
    assertEquals(List.of("level", "days", "wishes[0]"), fields(dutch), dutch.toString());
    assertEquals("3 velden hebben een andere waarde nodig.", dutch.json().getString("detail"));
    List<String> messages = messages(dutch);
    assertTrue(
        messages.get(1).startsWith("Dagen dat de klas kan: 1 april 2027 valt buiten "),
        messages.get(1));
    for (String message : messages) {
      assertEquals(List.of(), Wording.faults(message), message);
    }
    assertProblem(400, english);
    assertEquals(fields(dutch), fields(english));
    assertTrue(
        messages(english).get(1).startsWith("Days the class can go: 1 April 2027 is outside "),
        english.toString());
    assertEquals(0, groupsOf(school), "no group was registered");
  }

  @Test
  void theOfferShowsEachCompanysSlotsOnTheGroupsDaysWithThePlacesLeft() {
    Party school = newSchool();
    Lokaal asSchool = parties.as(school);
    String offer = editionPath("offer") + "?reachKm=50&level=PO7&schoolId=" + school.id();

    JsonArray slots = farCompanyIn(expect(200, asSchool.get(offer + "&days=" + DAY)));
    JsonObject slot = slots.getJsonObject(0);
    assertEquals(DAY, slot.getString("date"));
    assertTrue(slot.getString("start").startsWith("09:00"), slot.toString());
    assertTrue(slot.getString("end").startsWith("11:00"), slot.toString());
    assertEquals(30, slot.getInt("seatsLeft"));
    assertEquals(1, slot.getInt("groupsLeft"));
    assertEquals(
        List.of(),
        farCompanyIn(expect(200, asSchool.get(offer + "&days=2027-03-17"))),
        "no slots on the group's other days");
    assertProblem(400, asSchool.get(offer + "&days=16-03-2027"));
  }

  private JsonArray farCompanyIn(Lokaal.Reply offer) {
    return offer.array().getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getJsonNumber("companyId").longValue() == farCompany)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the far company is offered: " + offer))
        .getJsonArray("slots");
  }

  @Test
  void refusesASchoolSignUpWithAMalformedBrinCodeNamingTheField() {
    Lokaal organising = parties.as(organiser);
    int schools = organising.get(editionPath("schools")).array().size();

    var refused =
        anonymous()
            .post(
                editionPath("schools"),
                Bodies.schoolJson(
                    "4AB00X",
                    "Basisschool Fout",
                    "7101 BN",
                    "Winterswijk",
                    parties.email("school")));

    assertProblem(400, refused);
    assertEquals("schoolId", refused.json().getString("field"));
    assertEquals(
        schools, organising.get(editionPath("schools")).array().size(), "no school was signed up");
  }

  @Test
  void theAuditLogSaysWhoOfferedASlotAndWhoRegisteredAGroup() {
    Party company = parties.company(edition, "Gelogd BV", "7101 BN", "Winterswijk");
    Party school = newSchool();
    String slot =
        expect(201, parties.as(company).post(editionPath("slots"), Bodies.slotJson(null, DAY)))
            .json()
            .getString("code");
    String group =
        expect(
                201,
                parties
                    .as(school)
                    .post(
                        editionPath("groups"),
                        Bodies.group("groep 8", DAY, 10, List.of(company.id())).toString()))
            .json()
            .getString("code");

    List<JsonObject> log =
        parties
            .as(organiser)
            .get(editionPath("audit") + "?max=5000")
            .array()
            .getValuesAs(JsonObject.class);

    assertTrue(
        log.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("slot.offered")
                        && e.getString("subject").equals("slot " + slot)
                        && e.getString("actor").equals("company:" + company.id())),
        "slot " + slot + " offered by company:" + company.id());
    assertTrue(
        log.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("group.registered")
                        && e.getString("subject").equals("group " + group)
                        && e.getString("actor").equals("school:" + school.id())),
        "group " + group + " registered by school:" + school.id());
  }

  @Test
  void theAuditLogReadsAsSentencesInTheReadersLanguageNamingTheActor() {
    Party company = parties.company(edition, "Zinnig Metaal BV", "7101 BN", "Winterswijk");
    Party school = newSchool();
    expect(201, parties.as(company).post(editionPath("slots"), Bodies.slotJson(null, DAY)));
    String group =
        expect(
                201,
                parties
                    .as(school)
                    .post(
                        editionPath("groups"),
                        Bodies.group("groep 7z", DAY, 10, List.of(company.id())).toString()))
            .json()
            .getString("code");

    JsonObject dutch = entry("nl", "group.registered", "group " + group);
    JsonObject english = entry("en", "group.registered", "group " + group);
    JsonObject offered = entry("nl", "slot.offered", null);

    assertEquals(
        "Basisschool Het Anker (school) meldde groep 7z van Basisschool Het Anker aan"
            + " (groep 7, 24 leerlingen).",
        dutch.getString("sentence"));
    assertEquals(
        List.of(), Wording.faults(dutch.getString("sentence"), "Basisschool Het Anker", "7z"));
    assertTrue(
        offered.getString("sentence").startsWith("Zinnig Metaal BV (bedrijf) bood een tijdslot"),
        offered.getString("sentence"));
    assertEquals(
        List.of(), Wording.faults(offered.getString("sentence"), "Zinnig Metaal BV", "Metaal"));
    assertEquals(
        "Basisschool Het Anker (school) registered groep 7z of Basisschool Het Anker"
            + " (group 7 (primary), 24 pupils).",
        english.getString("sentence"));
  }

  @Test
  void aNewPeriodOrLevelsLeavingSlotsAndGroupsOutsideAreRefusedUntilConfirmed() {
    Lokaal as = parties.as(organiser);
    long reshaped =
        id(expect(201, as.post("api/editions", Bodies.newEditionJson("Verschuifweek"))));
    expect(200, as.post("api/editions/" + reshaped + "/open", ""));
    Party company = parties.company(reshaped, "Verschoven BV", "7101 BN", "Winterswijk");
    Party school = parties.school(reshaped, "De Verschuiving", "7101 BN", "Winterswijk");
    String path = "api/editions/" + reshaped;
    expect(201, parties.as(company).post(path + "/slots", Bodies.slotJson(null, "2027-04-14")));
    expect(
        201,
        parties
            .as(school)
            .post(
                path + "/groups",
                Bodies.group("groep 7a", "2027-04-14", 10, List.of(company.id())).toString()));
    String narrower =
        Bodies.editionJson("Verschuifweek", "2027-04-12", "2027-04-13", "2026-11-01", "2027-04-01")
            .replace("\"PO5\",\"PO6\",\"PO7\"", "\"PO5\",\"PO6\"");

    var refused = as.put(path, narrower);
    var renamed =
        as.put(
            path,
            Bodies.editionJson(
                "Verschuifweek 2", "2027-04-12", "2027-04-16", "2026-11-01", "2027-04-01"));
    var confirmed = as.put(path + "?confirm=true", narrower);

    assertProblem(409, refused);
    assertEquals("1", refused.json().getString("slotsOutside"), refused.toString());
    assertEquals("1", refused.json().getString("groupsOutside"), refused.toString());
    assertEquals("false", refused.json().getString("proposal"), refused.toString());
    String warning = refused.json().getString("detail");
    assertTrue(warning.contains("tijdsloten: 1, groepen: 1"), warning);
    assertEquals(List.of(), Wording.faults(warning));
    assertEquals(200, renamed.status(), "nothing outside, no warning: " + renamed);
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals("2027-04-13", confirmed.json().getString("lastDay"));
    assertEquals(1, as.get(path + "/slots").array().size(), "the slot outside stays");
    assertEquals(1, as.get(path + "/groups").array().size(), "the group outside stays");
    String logged =
        as.get(path + "/audit").array().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("action").equals("edition.reshaped"))
            .findFirst()
            .orElseThrow()
            .getString("sentence");
    assertTrue(logged.contains("tijdsloten: 1, groepen: 1"), logged);
    assertEquals(List.of(), Wording.faults(logged));
  }

  /**
   * The newest entry of the edition's log with this action (and subject), read in {@code language}.
   */
  private JsonObject entry(String language, String action, String subject) {
    return parties
        .as(organiser)
        .withHeader("Accept-Language", language)
        .get(editionPath("audit") + "?max=5000")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("action").equals(action))
        .filter(e -> subject == null || e.getString("subject").equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " " + subject));
  }

  @Test
  void schoolsAndCompaniesCannotReadTheOutbox() {
    assertProblem(403, parties.as(newSchool()).get("api/outbox"));
    assertProblem(
        403,
        parties
            .as(parties.company(edition, "Nieuwsgierig BV", "7101 BN", "Winterswijk"))
            .get("api/outbox"));
  }

  @Test
  void sevenSignUpsWithAKnownCompanysAddressMailItsContactAtMostFiveTimesAndEnrolNobody() {
    Party known = parties.company(edition, "Bekend Metaal BV", "7101 BN", "Winterswijk");
    long other = newOpenEdition();
    String intruder = Bodies.companyJson("Indringer BV", "7101 BN", "Winterswijk", known.email());

    List<Integer> statuses = new ArrayList<>();
    Lokaal.Reply last = null;
    for (int i = 0; i < 7; i++) {
      last = anonymous().post("api/editions/" + other + "/companies", intruder);
      statuses.add(last.status());
    }

    // Its own sign-up was the address's first link request; four more fit in the limit of five.
    assertEquals(List.of(202, 202, 202, 202, 429, 429, 429), statuses);
    assertProblem(429, last);
    List<JsonObject> mails = mailsTo(known.email());
    assertEquals(5, mails.size(), "at most five links within the window");
    assertTrue(
        mails.subList(0, 4).stream()
            .allMatch(
                m ->
                    m.getString("subject")
                        .equals("Bevestig de aanmelding van Bekend Metaal BV voor Aanmeldweek")),
        mails.toString());
    assertTrue(
        mails.stream().noneMatch(m -> m.getString("text").contains("Indringer")), "no second one");
    assertTrue(
        parties.as(organiser).get("api/editions/" + other + "/companies").array().isEmpty(),
        "nobody takes part");
    Party signedIn = parties.redeem(parties.linkToken(known.email()), known.email());
    assertEquals(known.id(), signedIn.id(), "the link is the known company's own");
  }

  @Test
  void aSignUpNamingAnotherRegionsSchoolEnrolsNothingAndAnswersAsANewSchools() {
    Party elsewhere = parties.school(liemers, "Basisschool De Grens", "6901 AB", "Zevenaar");
    String brin = brinOf(elsewhere);
    String stranger = parties.email("stranger");

    var claimed =
        anonymous()
            .post(
                editionPath("schools"),
                Bodies.schoolJson(
                    brin, "Basisschool Overgenomen", "7101 BN", "Winterswijk", stranger));
    var fresh =
        anonymous()
            .post(
                editionPath("schools"),
                Bodies.schoolJson(
                    parties.brin(),
                    "Basisschool Nieuw",
                    "7101 BN",
                    "Winterswijk",
                    parties.email("school")));

    assertEquals(202, claimed.status(), claimed.toString());
    assertEquals(fresh.toString(), claimed.toString());
    assertFalse(schoolsOf(edition).contains(brin), "the other region's school is not enrolled");
    assertTrue(mailsTo(stranger).isEmpty(), "the address in the request gets nothing");
    JsonObject mail = mailsTo(elsewhere.email()).get(0);
    assertEquals(
        "Bevestig de aanmelding van Basisschool De Grens voor Week van de Techniek Achterhoek 2027",
        mail.getString("subject"));
    assertTrue(
        mail.getString("text")
            .contains("activiteit van Techniekpact Achterhoek, niet van uw regio"),
        mail.getString("text"));
    Party signedIn = parties.redeem(parties.linkToken(elsewhere.email()), elsewhere.email());
    assertEquals(elsewhere.id(), signedIn.id(), "the known contact's link signs in as its school");
  }

  @Test
  void aKnownSchoolSignedUpBySomeoneElseTakesPartOnceItsContactConfirms() {
    Party school =
        parties.school(newOpenEdition(), "Basisschool De Bevestiging", "7101 BN", "Winterswijk");
    String brin = brinOf(school);

    expect(
        202,
        anonymous()
            .post(
                editionPath("schools"),
                Bodies.schoolJson(
                    brin,
                    "Basisschool Anders",
                    "7101 BN",
                    "Winterswijk",
                    parties.email("stranger"))));
    assertFalse(schoolsOf(edition).contains(brin), "not before its contact confirms");
    Party confirming = parties.redeem(parties.linkToken(school.email()), school.email());
    var confirmed =
        parties.as(confirming).put("api/schools/" + school.id() + "/editions/" + edition, "");

    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals(edition, confirmed.json().getJsonNumber("id").longValue());
    assertTrue(schoolsOf(edition).contains(brin), "enrolled once confirmed");
    assertTrue(
        parties
            .as(organiser)
            .get(editionPath("audit") + "?max=5000")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("school.signed-up")
                        && e.getString("subject").equals("school " + brin)
                        && e.getString("actor").equals("school:" + school.id())),
        "the audit log says the school signed itself up");
  }

  @Test
  void aSchoolCannotEnrolItselfInAnotherRegionsEdition() {
    Party elsewhere = parties.school(liemers, "Basisschool Over De Grens", "6921 AC", "Duiven");

    assertProblem(
        403,
        parties.as(elsewhere).put("api/schools/" + elsewhere.id() + "/editions/" + edition, ""));
    assertFalse(schoolsOf(edition).contains(brinOf(elsewhere)));
  }

  /**
   * A groep 7 of a new school in Winterswijk, going 10 km at most, changed as given, is refused
   * naming the field; no group is written.
   */
  private void assertGroupRefused(String field, UnaryOperator<JsonObjectBuilder> change) {
    Party school = newSchool();
    var refused =
        parties
            .as(school)
            .post(
                editionPath("groups"),
                change
                    .apply(Json.createObjectBuilder(Bodies.group("groep 7", DAY, 10, List.of())))
                    .build()
                    .toString());

    assertProblem(400, refused);
    assertEquals(field, refused.json().getString("field"), refused.toString());
    assertEquals(0, groupsOf(school), "no group was registered");
  }

  private static List<String> fields(Lokaal.Reply problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static List<String> messages(Lokaal.Reply problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("message"))
        .toList();
  }

  private long editionNamed(String region, String name) {
    return parties
        .as(parties.admin())
        .get("api/editions?region=" + region)
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getInt("id");
  }

  /** A new edition of the Achterhoek, "Aanmeldweek", with registration open. */
  private long newOpenEdition() {
    Lokaal admin = parties.as(parties.admin());
    long id = id(expect(201, admin.post("api/editions", Bodies.newEditionJson("Aanmeldweek"))));
    expect(200, admin.post("api/editions/" + id + "/open", ""));
    return id;
  }

  private String brinOf(Party school) {
    return parties.as(school).get("api/schools/" + school.id()).json().getString("schoolId");
  }

  /** The BRIN codes of the edition's schools, as its organiser lists them. */
  private List<String> schoolsOf(long edition) {
    return parties
        .as(organiser)
        .get("api/editions/" + edition + "/schools")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(s -> s.getString("schoolId"))
        .toList();
  }

  /** The mail to the address in the outbox, newest first. */
  private List<JsonObject> mailsTo(String email) {
    return parties
        .as(parties.admin())
        .get("api/outbox?max=1000")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("recipient").equals(email))
        .toList();
  }

  private Party newSchool() {
    return parties.school(edition, "Basisschool Het Anker", "7101 BN", "Winterswijk");
  }

  private int groupsOf(Party school) {
    return expect(200, parties.as(school).get(editionPath("groups"))).array().size();
  }

  private Lokaal anonymous() {
    return parties.as(null);
  }

  private static String editionPath(String what) {
    return "api/editions/" + edition + "/" + what;
  }

  private static void assertProblem(int status, Lokaal.Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType(), reply.toString());
    assertEquals(status, reply.json().getInt("status"), reply.toString());
  }
}
