package nl.techniekpact.lokaal.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import nl.techniekpact.lokaal.Lokaal;

/** Request bodies the fixtures send, and the checks that stop setting up when a step fails. */
public final class Bodies {

  private Bodies() {}

  public static String credentials(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }

  public static String tokenJson(String token) {
    return Json.createObjectBuilder().add("token", token).build().toString();
  }

  public static String schoolJson(
      String brin, String name, String postcode, String town, String email) {
    return Json.createObjectBuilder()
        .add("schoolId", brin)
        .add("name", name)
        .add("kind", "PO")
        .add("postcode", postcode)
        .add("town", town)
        .add("contactName", "Directie")
        .add("contactEmail", email)
        .build()
        .toString();
  }

  public static String companyJson(String name, String postcode, String town, String email) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("sector", "techniek")
        .add("postcode", postcode)
        .add("town", town)
        .add("contactName", "Receptie")
        .add("contactEmail", email)
        .build()
        .toString();
  }

  /**
   * A groep 7 of 24 pupils, going by bus within the reach, on the given day, wishing for the
   * companies.
   */
  public static JsonObject group(String name, String day, double reachKm, List<Long> wishes) {
    JsonArrayBuilder wished = Json.createArrayBuilder();
    wishes.forEach(wished::add);
    return Json.createObjectBuilder()
        .add("name", name)
        .add("level", "PO7")
        .add("pupils", 24)
        .add("teacherName", "Juf Jansen")
        .add("teacherEmail", "juf.jansen@lokaal-it.example.nl")
        .add("days", Json.createArrayBuilder().add(day))
        .add("transport", "BUS")
        .add("reachKm", reachKm)
        .add("wishes", wished)
        .build();
  }

  /** A morning slot for 30 pupils of groep 7 and 8, one group. */
  public static String slotJson(Long companyId, String day) {
    var slot =
        Json.createObjectBuilder()
            .add("date", day)
            .add("start", "09:00")
            .add("end", "11:00")
            .add("seats", 30)
            .add("maxGroups", 1)
            .add("levels", Json.createArrayBuilder().add("PO7").add("PO8"));
    if (companyId != null) {
      slot.add("companyId", companyId);
    }
    return slot.build().toString();
  }

  /**
   * The reply, if it has the status setting up needs; otherwise setting up stops here, saying why.
   */
  public static Lokaal.Reply expect(int status, Lokaal.Reply reply) {
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + ", got " + reply);
    }
    return reply;
  }

  public static long id(Lokaal.Reply created) {
    return created.json().getJsonNumber("id").longValue();
  }

  /** A Week van de Techniek of the Achterhoek in April 2027, registration until 1 April. */
  public static String newEditionJson(String name) {
    return editionJson(name, "2027-04-12", "2027-04-16", "2026-11-01", "2027-04-01");
  }

  /** A Week van de Techniek of the Achterhoek for groep 5 to klas 4, in these weeks. */
  public static String editionJson(
      String name, String first, String last, String opens, String closes) {
    return """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"%s","firstDay":"%s","lastDay":"%s",
         "registrationOpens":"%s","registrationCloses":"%s","allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2","VO3","VO4"]}"""
        .formatted(name, first, last, opens, closes);
  }
}
