package nl.techniekpact.lokaal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.Lokaal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lokaal as deployed: health, OpenAPI, demo data, editions and their errors, and the CSV import and
 * export over REST. Runs once on MariaDB and once on the embedded database (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;
  Lokaal lokaal;

  /** Signed in once per deployment: sign-ins are rate limited per address. */
  private static Lokaal admin;

  @BeforeEach
  void connect() {
    if (admin == null) {
      admin = new Lokaal(base).signIn("admin@lokaal.test", "integration-test-password");
    }
    lokaal = admin;
  }

  @Test
  void isReadyWhenTheDatabaseAnswers() {
    var ready = lokaal.get("health/ready");
    assertEquals(200, ready.status(), ready.toString());
    JsonObject database = ready.json().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", database.getString("name"));
    assertEquals(
        System.getProperty("lokaal.it.database"),
        database.getJsonObject("data").getString("product"),
        "runs on the database this run is for");
  }

  @Test
  void describesItsApiAtOpenapi() {
    var openapi = lokaal.get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.text().contains("/api/editions/{id}/files"), openapi.text());
  }

  @Test
  void startsWithDemoEditionsOfEachKindInBothRegions() {
    var editions = lokaal.get("api/editions").array();
    Set<String> kinds =
        editions.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("kind"))
            .collect(Collectors.toSet());
    Set<String> regions =
        editions.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("region"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("COMPANY_VISITS", "SHOW", "CENTRE_VISIT"), kinds);
    assertTrue(regions.containsAll(Set.of("achterhoek", "liemers")), regions.toString());
  }

  @Test
  void createsAnEditionInDraft() {
    var created =
        lokaal.post("api/editions", edition("Testweek", "2027-03-15", "2027-03-19", "2027-03-01"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("DRAFT", created.json().getString("status"));
    var opened = lokaal.post("api/editions/" + created.json().getInt("id") + "/open", "");
    assertEquals("OPEN", opened.json().getString("status"), opened.toString());
  }

  @Test
  void refusesAnEditionThatEndsBeforeItStartsNamingTheField() {
    var refused =
        lokaal.post(
            "api/editions", edition("Achterstevoren", "2027-03-19", "2027-03-15", "2027-03-01"));
    assertProblem(refused, 400);
    assertEquals("lastDay", refused.json().getString("field"), refused.toString());
  }

  @Test
  void refusesMissingAndMalformedFieldsNamingThem() {
    var missing = lokaal.post("api/editions", "{\"region\":\"achterhoek\"}");
    assertProblem(missing, 400);
    String fields = missing.json().getJsonArray("errors").toString();
    assertTrue(
        fields.contains("\"name\"")
            && fields.contains("\"kind\"")
            && fields.contains("\"firstDay\""),
        fields);

    var malformedDate =
        lokaal.post("api/editions", edition("Slecht", "2027-13-45", "2027-03-19", "2027-03-01"));
    assertProblem(malformedDate, 400);
    assertEquals("firstDay", malformedDate.json().getString("field"), malformedDate.toString());

    var notJson = lokaal.post("api/editions", "{not json");
    assertProblem(notJson, 400);
  }

  @Test
  void answersUnknownThingsWithProblemJson() {
    assertProblem(lokaal.get("api/editions/999999"), 404);
    assertProblem(lokaal.get("api/nothing-here"), 404);
    var wrongRegion =
        lokaal.post(
            "api/editions",
            edition("Nergens", "2027-03-15", "2027-03-19", "2027-03-01")
                .replace("achterhoek", "atlantis"));
    assertProblem(wrongRegion, 404);
  }

  @Test
  void refusesAStatusChangeThatDoesNotFollowTheLifecycle() {
    var created =
        lokaal
            .post(
                "api/editions", edition("Te vroeg dicht", "2027-03-15", "2027-03-19", "2027-03-01"))
            .json();
    assertProblem(lokaal.post("api/editions/" + created.getInt("id") + "/close", ""), 409);
  }

  static void assertProblem(Lokaal.Reply reply, int status) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType(), reply.toString());
    assertEquals(status, reply.json().getInt("status"), reply.toString());
  }

  static String edition(String name, String first, String last, String closes) {
    return """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"%s","firstDay":"%s","lastDay":"%s",
         "registrationOpens":"2026-11-01","registrationCloses":"%s","allowedLevels":["PO7","PO8","VO1"]}"""
        .formatted(name, first, last, closes);
  }
}
