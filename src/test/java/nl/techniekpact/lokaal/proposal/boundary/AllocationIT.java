package nl.techniekpact.lokaal.proposal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.exchange.boundary.EditionFilesIT;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organiser allocates the regional sample edition in the server, reviews, moves, pins and
 * publishes.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @Test
  void allocatesTheRegionalEditionToItsProvenOptimumThenMovesPinsAndPublishes() throws Exception {
    Lokaal admin = new Lokaal(base).signIn("admin@lokaal.test", "integration-test-password");
    var created =
        admin.post(
            "api/editions",
            """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"Allocatie regionaal","firstDay":"2026-03-16","lastDay":"2026-03-20",
         "registrationOpens":"2025-11-01","registrationCloses":"2026-03-06",
         "allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2","VO3","VO4"]}""");
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(
        200,
        admin
            .put(
                "api/editions/" + id + "/files?apply=true",
                "application/zip",
                ZipArchive.pack(EditionFilesIT.sample("regional")))
            .status());
    assertEquals(
        409,
        admin.post("api/editions/" + id + "/allocation", "").status(),
        "not before registration closes");
    admin.post("api/editions/" + id + "/open", "");
    admin.post("api/editions/" + id + "/close", "");

    assertEquals(202, admin.post("api/editions/" + id + "/allocation", "").status());
    JsonObject status = admin.get("api/editions/" + id + "/allocation").json();
    for (int i = 0; i < 600 && "RUNNING".equals(status.getString("state")); i++) {
      Thread.sleep(200);
      status = admin.get("api/editions/" + id + "/allocation").json();
    }
    assertEquals("DONE", status.getString("state"), status.toString());
    JsonObject objective =
        admin.get("api/editions/" + id + "/allocation/summary").json().getJsonObject("objective");
    assertEquals(
        List.of(111, 238, 713),
        List.of(
            objective.getInt("schools"), objective.getInt("groups"), objective.getInt("points")));

    List<JsonObject> proposal =
        admin
            .get("api/editions/" + id + "/allocation/proposal")
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(262, proposal.size());
    assertTrue(proposal.stream().allMatch(p -> !p.getString("explanation").isBlank()));
    JsonObject waiting =
        proposal.stream().filter(p -> !p.containsKey("slotId")).findFirst().orElseThrow();
    assertTrue(
        waiting.getString("explanation").startsWith("Op de wachtlijst."), waiting.toString());
    List<JsonObject> inGerman =
        admin
            .withHeader("Accept-Language", "de")
            .get("api/editions/" + id + "/allocation/proposal")
            .array()
            .getValuesAs(JsonObject.class);
    JsonObject waitingInGerman =
        inGerman.stream()
            .filter(p -> p.getJsonNumber("groupId").equals(waiting.getJsonNumber("groupId")))
            .findFirst()
            .orElseThrow();
    assertTrue(
        waitingInGerman.getString("explanation").startsWith("Auf der Warteliste."),
        waitingInGerman.toString());

    JsonObject placed =
        proposal.stream().filter(p -> p.containsKey("slotId")).findFirst().orElseThrow();
    var full =
        admin.put(
            "api/editions/" + id + "/allocation/proposal/" + waiting.getJsonNumber("groupId"),
            "{\"slotId\":" + placed.getJsonNumber("slotId") + "}");
    assertEquals(
        400, full.status(), "a move that breaks a hard rule is refused, naming it: " + full);

    var moved =
        admin.put(
            "api/editions/" + id + "/allocation/proposal/" + placed.getJsonNumber("groupId"),
            "{\"slotId\":null}");
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(238, moved.json().getJsonObject("before").getInt("groups"));
    assertEquals(237, moved.json().getJsonObject("after").getInt("groups"));
    var pinned =
        admin.put(
            "api/editions/" + id + "/allocation/proposal/" + placed.getJsonNumber("groupId"),
            "{\"slotId\":" + placed.getJsonNumber("slotId") + ",\"pinned\":true}");
    assertEquals(200, pinned.status(), pinned.toString());

    var published = admin.post("api/editions/" + id + "/allocation/publish", "");
    assertEquals(200, published.status(), published.toString());
    assertEquals(238, published.json().getInt("bookings"));
    assertEquals("PUBLISHED", admin.get("api/editions/" + id).json().getString("status"));
    var bookings = admin.get("api/editions/" + id + "/bookings").array();
    assertEquals(238, bookings.size());
    assertFalse(admin.get("api/outbox?max=5").array().isEmpty());
    assertNotNull(bookings.getJsonObject(0).getString("status"));
  }
}
