package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.platform.control.Workbooks;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;
import nl.techniekpact.lokaal.testing.WorkbookFile;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a school and a company read on their own pages: the editions they take part in, where each
 * class group stands (registered, then placed with its visit or waiting once the allocation is
 * published), and the groups visiting a company, also as CSV; both, and the edition's files for its
 * organisers, as Excel workbooks. Nobody reads another party's.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementsAndVisitorsIT {

  private static Parties parties;
  private static long edition;
  private static String day;
  private static Party host;
  private static Party otherCompany;
  private static Party school;
  private static Party otherSchool;
  private static List<JsonObject> placementsBefore;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  /** One slot for one group, two groups of one school wishing for it: one is placed, one waits. */
  @BeforeEach
  void allocateAndPublishOnce() throws InterruptedException {
    if (parties != null) {
      return;
    }
    parties = new Parties(new Lokaal(base), 6);
    Lokaal admin = parties.as(parties.admin());
    LocalDate today = LocalDate.now();
    day = today.plusDays(40).toString();
    edition =
        Bodies.id(
            expect(
                201,
                admin.post(
                    "api/editions",
                    """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"Bezoekerslijsten","firstDay":"%s","lastDay":"%s",
         "registrationOpens":"%s","registrationCloses":"%s","allowedLevels":["PO7","PO8"]}"""
                        .formatted(
                            day, today.plusDays(44), today.minusDays(10), today.plusDays(10)))));
    expect(200, admin.post(path("open"), ""));
    host = parties.company(edition, "Gastvrij BV", "7101 BN", "Winterswijk");
    otherCompany = parties.company(edition, "Ander BV", "7101 BN", "Winterswijk");
    expect(201, parties.as(host).post(path("slots"), Bodies.slotJson(null, day)));
    school = parties.school(edition, "Basisschool De Bezoeker", "7101 BN", "Winterswijk");
    otherSchool = parties.school(edition, "Basisschool Elders", "7101 BN", "Winterswijk");
    for (String group : List.of("groep 7a", "groep 7b")) {
      expect(
          201,
          parties
              .as(school)
              .post(
                  path("groups"),
                  Json.createObjectBuilder(Bodies.group(group, day, 10, List.of(host.id())))
                      .add("teacherPhone", "06-12345678")
                      .build()
                      .toString()));
    }
    placementsBefore =
        expect(200, parties.as(school).get(path("placements")))
            .array()
            .getValuesAs(JsonObject.class);

    expect(200, admin.post(path("close"), ""));
    expect(202, admin.post(path("allocation"), ""));
    String state = "RUNNING";
    for (int i = 0; i < 300 && "RUNNING".equals(state); i++) {
      Thread.sleep(200);
      state = admin.get(path("allocation")).json().getString("state");
    }
    assertEquals("DONE", state);
    expect(200, admin.post(path("allocation/publish"), ""));
  }

  @Test
  void aSchoolAndACompanyListTheEditionsTheyTakePartIn() {
    assertTrue(
        editionIds(parties.as(school).get("api/schools/" + school.id() + "/editions"))
            .contains(edition));
    assertTrue(
        editionIds(parties.as(host).get("api/companies/" + host.id() + "/editions"))
            .contains(edition));
    assertEquals(
        404,
        parties.as(school).get("api/schools/" + otherSchool.id() + "/editions").status(),
        "another school's is not there");
    assertEquals(403, parties.as(host).get("api/schools/" + school.id() + "/editions").status());
  }

  @Test
  void beforePublicationEveryGroupIsRegistered() {
    assertEquals(
        List.of("REGISTERED", "REGISTERED"),
        placementsBefore.stream().map(p -> p.getString("status")).toList());
  }

  @Test
  void afterPublicationASchoolSeesOneGroupPlacedWithItsVisitAndTheOtherWaiting() {
    List<JsonObject> placements =
        expect(200, parties.as(school).get(path("placements")))
            .array()
            .getValuesAs(JsonObject.class);

    assertEquals(2, placements.size());
    JsonObject placed =
        placements.stream()
            .filter(p -> p.getString("status").equals("PLACED"))
            .findFirst()
            .orElseThrow();
    JsonObject visit = placed.getJsonArray("bookings").getJsonObject(0);
    assertEquals("Gastvrij BV", visit.getString("place"));
    assertEquals(day, visit.getString("date"));
    assertTrue(visit.getString("start").startsWith("09:00"), visit.toString());
    JsonObject waiting =
        placements.stream()
            .filter(p -> p.getString("status").equals("WAITING"))
            .findFirst()
            .orElseThrow();
    assertTrue(waiting.getJsonArray("bookings").isEmpty());
  }

  @Test
  void aSchoolSeesOnlyItsOwnGroupsAndACompanyNoPlacements() {
    assertTrue(expect(200, parties.as(otherSchool).get(path("placements"))).array().isEmpty());
    assertEquals(403, parties.as(host).get(path("placements")).status());
    assertEquals(401, parties.as(null).get(path("placements")).status());
  }

  @Test
  void theHostSeesItsVisitingGroupWithArrivalTimeAndTeacher() {
    List<JsonObject> visitors =
        expect(200, parties.as(host).get(path("visitors"))).array().getValuesAs(JsonObject.class);

    assertEquals(1, visitors.size());
    JsonObject visitor = visitors.get(0);
    assertEquals("Basisschool De Bezoeker", visitor.getString("school"));
    assertEquals("PO7", visitor.getString("level"));
    assertEquals(24, visitor.getInt("pupils"));
    assertEquals("juf.jansen@lokaal-it.example.nl", visitor.getString("teacherEmail"));
    assertEquals("Juf Jansen", visitor.getString("teacherName"));
    assertEquals("06-12345678", visitor.getString("teacherPhone"));
    assertEquals(day, visitor.getString("date"));
    assertTrue(visitor.getString("arrival").startsWith("09:00"), visitor.toString());
  }

  /** The teacher's name and phone are personal data: the host and the region's organisers only. */
  @Test
  void theTeachersNameAndPhoneReachOnlyTheHostAndTheRegionsOrganisers() {
    JsonObject seenByOrganiser =
        expect(200, parties.as(parties.organiser("achterhoek")).get(path("visitors")))
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(v -> v.getJsonNumber("companyId").longValue() == host.id())
            .findFirst()
            .orElseThrow();
    assertEquals("Juf Jansen", seenByOrganiser.getString("teacherName"));
    assertEquals("06-12345678", seenByOrganiser.getString("teacherPhone"));

    Lokaal elsewhere = parties.as(parties.organiser("liemers"));
    assertEquals(403, elsewhere.get(path("visitors")).status());
    assertEquals(403, elsewhere.get(path("visitors/csv")).status());
    String otherCompanys = expect(200, parties.as(otherCompany).get(path("visitors/csv"))).text();
    assertFalse(otherCompanys.contains("06-12345678"), otherCompanys);
    assertFalse(otherCompanys.contains("Juf Jansen"), otherCompanys);
    assertFalse(
        expect(200, parties.as(school).get(path("placements"))).text().contains("06-12345678"),
        "a school's placements name no teacher's phone");
  }

  @Test
  void theHostDownloadsItsVisitorsAsCsvWithAHeaderRow() {
    Lokaal.Reply csv = expect(200, parties.as(host).get(path("visitors/csv?lang=en")));

    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(
        csv.header("Content-Disposition").startsWith("attachment"),
        csv.header("Content-Disposition"));
    String[] lines = csv.text().split("\r\n");
    assertEquals(
        "date,arrival,end,company,school,group,level,pupils,teacher,e-mail,phone", lines[0]);
    assertEquals(2, lines.length, csv.text());
    assertTrue(
        lines[1].startsWith(day + ",09:00,11:00,Gastvrij BV,Basisschool De Bezoeker,"), lines[1]);
  }

  @Test
  void theHostDownloadsItsVisitorsAsAWorkbookWithTypedCells() {
    Lokaal.Reply xlsx = expect(200, parties.as(host).get(path("visitors/xlsx?lang=en")));

    assertEquals(Workbooks.MEDIA_TYPE, xlsx.contentType());
    assertEquals(
        "attachment; filename=\"bezoekers-" + edition + ".xlsx\"",
        xlsx.header("Content-Disposition"));
    List<Row> rows = WorkbookFile.read(xlsx.body()).rows("visitors");
    assertEquals(
        List.of(
            "date", "arrival", "end", "company", "school", "group", "level", "pupils", "teacher",
            "e-mail", "phone"),
        WorkbookFile.texts(rows.get(0)));
    assertEquals(2, rows.size());
    Row visitor = rows.get(1);
    assertEquals(LocalDate.parse(day), visitor.getCell(0).asDate().toLocalDate());
    assertEquals(LocalTime.of(9, 0), visitor.getCell(1).asDate().toLocalTime());
    assertEquals("Basisschool De Bezoeker", visitor.getCell(4).asString());
    assertEquals(new BigDecimal(24), visitor.getCell(7).asNumber());
  }

  @Test
  void aSchoolDownloadsWhereItsGroupsStandAsAWorkbookAndAnotherSchoolNone() {
    Lokaal.Reply xlsx = expect(200, parties.as(school).get(path("placements/xlsx?lang=nl")));

    assertEquals(Workbooks.MEDIA_TYPE, xlsx.contentType());
    List<Row> rows = WorkbookFile.read(xlsx.body()).rows("plaatsingen");
    assertEquals(3, rows.size(), "the header and both groups");
    Row placed =
        rows.stream()
            .filter(r -> "ingedeeld".equals(r.getCellText(4)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows.toString()));
    assertEquals("Basisschool De Bezoeker", placed.getCell(0).asString());
    assertEquals(LocalDate.parse(day), placed.getCell(5).asDate().toLocalDate());
    assertEquals("Gastvrij BV", placed.getCell(8).asString());
    assertTrue(rows.stream().anyMatch(r -> "wachtend".equals(r.getCellText(4))), rows::toString);
    Lokaal.Reply none = expect(200, parties.as(otherSchool).get(path("placements/xlsx")));
    assertEquals(1, WorkbookFile.read(none.body()).rows("plaatsingen").size());
  }

  @Test
  void theOrganisersDownloadTheEditionAsOneWorkbookOfItsFourInterchangeFiles() {
    Lokaal.Reply xlsx = expect(200, parties.as(parties.admin()).get(path("files.xlsx")));

    assertEquals(Workbooks.MEDIA_TYPE, xlsx.contentType());
    assertEquals(
        "attachment; filename=\"edition-" + edition + ".xlsx\"",
        xlsx.header("Content-Disposition"));
    WorkbookFile workbook = WorkbookFile.read(xlsx.body());
    assertEquals(
        List.of("schools", "companies", "slots", "groups"),
        List.copyOf(workbook.sheets().keySet()));
    List<Row> slots = workbook.rows("slots");
    assertEquals(2, slots.size(), slots::toString);
    assertEquals("date", slots.get(0).getCell(2).asString());
    assertEquals(LocalDate.parse(day), slots.get(1).getCell(2).asDate().toLocalDate());
    assertEquals(3, workbook.rows("groups").size());
    assertEquals(403, parties.as(school).get(path("files.xlsx")).status());
  }

  @Test
  void anotherCompanySeesNoVisitorsAndASchoolMayNotAsk() {
    assertTrue(expect(200, parties.as(otherCompany).get(path("visitors"))).array().isEmpty());
    assertEquals(403, parties.as(school).get(path("visitors")).status());
    assertEquals(403, parties.as(school).get(path("visitors/csv")).status());
    assertEquals(403, parties.as(school).get(path("visitors/xlsx")).status());
  }

  private static List<Long> editionIds(Lokaal.Reply reply) {
    return expect(200, reply).array().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getJsonNumber("id").longValue())
        .toList();
  }

  private static String path(String what) {
    return "api/editions/" + edition + "/" + what;
  }
}
