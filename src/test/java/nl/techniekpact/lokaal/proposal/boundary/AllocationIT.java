package nl.techniekpact.lokaal.proposal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.exchange.boundary.EditionFilesIT;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Wording;
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
  void allocatesTheRegionalEditionToItsProvenOptimumThenMovesOverridesPinsAndPublishes()
      throws Exception {
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
            move(placed.getJsonNumber("slotId"), false, null, version(admin, id)));
    assertEquals(
        400, full.status(), "a move that breaks a hard rule is refused, naming it: " + full);

    var moved =
        admin.put(
            "api/editions/" + id + "/allocation/proposal/" + placed.getJsonNumber("groupId"),
            move(null, false, null, version(admin, id)));
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(238, moved.json().getJsonObject("before").getInt("groups"));
    assertEquals(237, moved.json().getJsonObject("after").getInt("groups"));
    var pinned =
        admin.put(
            "api/editions/" + id + "/allocation/proposal/" + placed.getJsonNumber("groupId"),
            move(placed.getJsonNumber("slotId"), true, null, version(admin, id)));
    assertEquals(200, pinned.status(), pinned.toString());

    offersOnlyAllowedSlotsAndBreaksSoftRulesOnlyWithAReason(admin, id, proposal);

    var published = admin.post("api/editions/" + id + "/allocation/publish", "");
    assertEquals(200, published.status(), published.toString());
    assertEquals(238, published.json().getInt("bookings"));
    assertEquals("PUBLISHED", admin.get("api/editions/" + id).json().getString("status"));
    var bookings = admin.get("api/editions/" + id + "/bookings").array();
    assertEquals(238, bookings.size());
    assertFalse(admin.get("api/outbox?max=5").array().isEmpty());
    assertNotNull(bookings.getJsonObject(0).getString("status"));
  }

  /**
   * The move editor's options and moves: allowed slots have no refusal, the others are worded in
   * the reader's language; a soft rule is broken only with a reason (which the audit log keeps), a
   * hard rule never; another region's organiser, a stale proposal and a replayed move are refused.
   */
  private void offersOnlyAllowedSlotsAndBreaksSoftRulesOnlyWithAReason(
      Lokaal admin, long id, List<JsonObject> proposal) {
    String allocation = "api/editions/" + id + "/allocation/proposal/";
    JsonObject soft = null;
    JsonObject hard = null;
    long softGroup = 0;
    JsonNumber softGroupWas = null;
    long hardGroup = 0;
    for (JsonObject p : proposal.subList(0, 40)) {
      long group = p.getJsonNumber("groupId").longValue();
      var reply = admin.get(allocation + group + "/options");
      assertEquals(200, reply.status(), reply.toString());
      for (JsonObject o : reply.json().getJsonArray("slots").getValuesAs(JsonObject.class)) {
        List<String> refusals = o.getJsonArray("refusals").getValuesAs(JsonString::getString);
        assertEquals(o.getBoolean("allowed"), refusals.isEmpty(), o.toString());
        for (String refusal : refusals) {
          assertEquals(
              List.of(),
              Wording.faults(refusal, o.getString("company"), p.getString("group")),
              refusal);
        }
        if (soft == null && o.getBoolean("overridable")) {
          soft = o;
          softGroup = group;
          softGroupWas = p.getJsonNumber("slotId");
        }
        if (hard == null && !o.getBoolean("allowed") && !o.getBoolean("overridable")) {
          hard = o;
          hardGroup = group;
        }
      }
    }
    assertNotNull(soft, "the sample has a slot a group may take only with a reason");
    assertNotNull(hard, "the sample has a slot a group may not take at all");

    var english =
        admin.withHeader("Accept-Language", "en").get(allocation + hardGroup + "/options");
    assertTrue(
        english.text().contains(" receives ") || english.text().contains(" seats left"),
        english.toString());

    Parties parties = new Parties(new Lokaal(base), 1);
    Lokaal stranger = parties.as(parties.organiser("liemers"));
    assertEquals(403, stranger.get(allocation + softGroup + "/options").status());
    var crossRegion =
        stranger.put(
            allocation + softGroup,
            move(soft.getJsonNumber("slotId"), false, "Mag het?", version(admin, id)));
    assertEquals(403, crossRegion.status(), crossRegion.toString());

    var stale =
        admin.put(
            allocation + softGroup,
            move(soft.getJsonNumber("slotId"), false, "Afgesproken", "000000000000"));
    assertEquals(409, stale.status(), stale.toString());

    var hardWithReason =
        admin.put(
            allocation + hardGroup,
            move(hard.getJsonNumber("slotId"), false, "Toch graag", version(admin, id)));
    assertEquals(400, hardWithReason.status(), hardWithReason.toString());
    assertTrue(
        hardWithReason.text().contains(hard.getJsonArray("refusals").getString(0)),
        hardWithReason.toString());

    var withoutReason =
        admin.put(
            allocation + softGroup,
            move(soft.getJsonNumber("slotId"), false, null, version(admin, id)));
    assertEquals(400, withoutReason.status(), withoutReason.toString());
    assertTrue(withoutReason.text().contains("geef dan een reden op"), withoutReason.toString());

    String before = version(admin, id);
    String body = move(soft.getJsonNumber("slotId"), false, "School rijdt zelf met ouders", before);
    var overridden = admin.put(allocation + softGroup, body);
    assertEquals(200, overridden.status(), overridden.toString());
    var replayed = admin.put(allocation + softGroup, body);
    assertEquals(409, replayed.status(), "the same move again: " + replayed);

    JsonObject entry =
        admin
            .get("api/editions/" + id + "/audit?max=20")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("action").equals("placement.overridden"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        entry.getString("details").endsWith("School rijdt zelf met ouders"), entry.toString());
    assertTrue(
        entry.getString("sentence").contains("buiten de regels om")
            && entry.getString("sentence").endsWith("Reden: School rijdt zelf met ouders"),
        entry.toString());

    // Back where the allocator put it, so the publication counts what the allocator made.
    var back =
        admin.put(allocation + softGroup, move(softGroupWas, false, null, version(admin, id)));
    assertEquals(200, back.status(), back.toString());
  }

  private static String version(Lokaal admin, long id) {
    return admin.get("api/editions/" + id + "/allocation/summary").json().getString("version");
  }

  private static String move(Object slotId, boolean pinned, String reason, String version) {
    var body = Json.createObjectBuilder().add("pinned", pinned).add("version", version);
    if (slotId == null) {
      body.addNull("slotId");
    } else {
      body.add("slotId", ((JsonNumber) slotId).longValue());
    }
    if (reason != null) {
      body.add("overrideReason", reason);
    }
    return body.build().toString();
  }
}
