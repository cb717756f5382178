package nl.techniekpact.lokaal.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typical bad requests, at least one per endpoint of every feature, whose refusals a person reads:
 * missing fields, wrong types, numbers out of range, malformed e-mail addresses, unknown ids and
 * the wrong state. {@link BadInputIT} sends each in Dutch, English and German.
 */
final class Refusals {

  /** One bad request: who sends it, what it is, and the words of the data it may echo. */
  record Case(
      String feature,
      String caller,
      String method,
      String path,
      String contentType,
      byte[] body,
      Map<String, String> headers,
      List<String> data) {

    @Override
    public String toString() {
      return feature + ": " + caller + " " + method + " " + path;
    }
  }

  /** The ids the cases point at: the test's own throwaway edition and what is in it. */
  record Ids(long edition, long school, long company, long slot, long group) {}

  private static final String UNKNOWN = "987654321";

  private final List<Case> cases = new ArrayList<>();

  private Refusals() {}

  static List<Case> all(Ids ids, String validEdition) {
    Refusals r = new Refusals();
    String e = "api/editions/" + ids.edition();

    // event
    r.json("event", "admin", "POST", "api/editions", "{}");
    r.json("event", "admin", "POST", "api/editions", validEdition.replace("\"PO6\"", "\"PO99\""));
    r.json(
        "event",
        "admin",
        "POST",
        "api/editions",
        validEdition.replace("\"COMPANY_VISITS\"", "\"FEEST\""));
    r.json(
        "event",
        "admin",
        "POST",
        "api/editions",
        validEdition.replace("\"name\":", "\"visitsPerGroup\":\"veel\",\"name\":"));
    r.json(
        "event",
        "admin",
        "POST",
        "api/editions",
        validEdition.replace("\"name\":", "\"visitsPerGroup\":9,\"name\":"));
    // Two domain rules broken at once: the period ends before it starts, registration too late.
    r.json(
        "event",
        "admin",
        "PUT",
        e,
        validEdition
            .replace("\"lastDay\":\"2027-04-16\"", "\"lastDay\":\"2027-04-10\"")
            .replace(
                "\"registrationOpens\":\"2026-11-01\"", "\"registrationOpens\":\"2027-05-01\""));
    r.json(
        "event",
        "admin",
        "POST",
        "api/editions",
        validEdition.replace(
            "\"registrationCloses\":\"2027-04-01\"", "\"registrationCloses\":\"2027-04-14\""));
    r.json("event", "admin", "POST", "api/editions", validEdition.replace("achterhoek", "nergens"));
    r.json(
        "event",
        "admin",
        "POST",
        "api/editions",
        validEdition.replace(
            "\"allowedLevels\":[\"PO6\",\"PO7\",\"PO8\"]", "\"allowedLevels\":[]"));
    r.send("event", "admin", "GET", "api/editions/" + UNKNOWN);
    r.send("event", "admin", "POST", e + "/open");
    r.json("event", "admin", "POST", e + "/invitations", "{}");
    r.json(
        "event",
        "admin",
        "POST",
        e + "/invitations",
        "{\"kind\":\"SCHOOL\",\"email\":\"geen-adres\",\"name\":\"De Wilg\"}",
        "geen-adres",
        "De Wilg");
    r.json(
        "event",
        "admin",
        "POST",
        e + "/invitations",
        "{\"kind\":\"COMPANY\",\"email\":\"info@lokaal-it.example.nl\",\"name\":\"De Wilg\","
            + "\"language\":\"fr\"}",
        "De Wilg");
    r.send("event", "anonymous", "GET", e + "/schools");

    // access
    r.json(
        "access",
        "admin",
        "POST",
        "api/organisers",
        "{\"email\":\"nieuw@lokaal-it.example.nl\",\"name\":\"Nieuw\",\"role\":\"ORGANISER\","
            + "\"region\":\"achterhoek\",\"password\":\"kort\"}");
    r.json("access", "admin", "POST", "api/organisers", "{\"email\":\"geen-adres\"}", "geen-adres");
    r.json("access", "organiser", "POST", "api/organisers", "{}");
    r.send("access", "school", "GET", "api/organisers");
    r.json("access", "anonymous", "POST", "api/session/link", "{}");
    r.json(
        "access",
        "anonymous",
        "POST",
        "api/session/link",
        "{\"token\":\"" + "A".repeat(43) + "\"}");
    r.json(
        "access",
        "anonymous",
        "POST",
        "api/session",
        "{\"email\":\"niemand@lokaal-it.example.nl\",\"password\":\"wrong-password-123\"}");
    r.cases.add(
        new Case(
            "access",
            "admin",
            "POST",
            "api/editions/" + UNKNOWN + "/open",
            null,
            null,
            Map.of("Idempotency-Key", "x".repeat(120)),
            List.of()));

    // exchange
    r.cases.add(
        new Case(
            "exchange",
            "admin",
            "PUT",
            e + "/files",
            "application/octet-stream",
            utf8("dit is geen zip"),
            Map.of(),
            List.of()));
    r.cases.add(
        new Case(
            "exchange",
            "admin",
            "PUT",
            e + "/files?mode=sideways",
            "application/octet-stream",
            utf8("dit is geen zip"),
            Map.of(),
            List.of("sideways")));
    r.send("exchange", "admin", "GET", e + "/files/nergens.csv");
    r.send("exchange", "school", "GET", e + "/files");

    // notification
    r.send("notification", "admin", "GET", e + "/mail-previews/nergens", "nergens");
    r.send("notification", "anonymous", "GET", "api/feeds/" + "A".repeat(43) + ".ics");
    r.json("notification", "school", "POST", "api/feeds", "{}");
    r.json("notification", "school", "POST", "api/feeds", "{\"kind\":\"NOPE\",\"id\":1}");
    r.send("notification", "admin", "GET", e + "/schedules/SCHOOL/" + UNKNOWN);
    r.send("notification", "school", "GET", "api/outbox");

    // platform
    // Latin-1, not UTF-8
    r.cases.add(
        new Case(
            "platform",
            "admin",
            "PUT",
            e,
            "application/json",
            "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
            Map.of(),
            List.of()));

    // school
    r.json("school", "school", "POST", e + "/groups", "{}");
    r.json(
        "school",
        "school",
        "POST",
        e + "/groups",
        "{\"name\":\"groep 7c\",\"level\":\"PO7\",\"pupils\":0,\"teacherEmail\":\"geen-adres\"}",
        "geen-adres");
    r.send("school", "admin", "GET", "api/groups/" + UNKNOWN);
    r.json("school", "admin", "PUT", "api/groups/" + ids.group(), "{\"pupils\":\"veel\"}");
    r.json("school", "anonymous", "POST", e + "/schools", "{}");
    r.json("school", "school", "PUT", "api/schools/" + ids.school(), "{}");
    r.send("school", "school", "GET", e + "/offer?reachKm=9999&level=PO7");

    // company
    r.json("company", "company", "POST", e + "/slots", "{}");
    r.send("company", "admin", "GET", "api/slots/" + UNKNOWN);
    r.json("company", "company", "PUT", "api/slots/" + ids.slot(), "{\"seats\":-5}");
    r.json("company", "anonymous", "POST", e + "/companies", "{}");
    r.json("company", "company", "PUT", "api/companies/" + ids.company(), "{}");

    // booking
    r.json(
        "booking",
        "school",
        "POST",
        "api/sessions/" + ids.slot() + "/bookings",
        "{\"groupId\":" + ids.group() + "}");
    r.json("booking", "admin", "POST", "api/sessions/" + ids.slot() + "/seats", "{\"add\":0}");
    r.send("booking", "admin", "GET", "api/bookings/" + UNKNOWN);
    r.send("booking", "school", "GET", e + "/visitors");

    // proposal
    r.send("proposal", "admin", "POST", e + "/allocation/publish");
    r.send("proposal", "admin", "GET", "api/editions/" + UNKNOWN + "/allocation/proposal");
    r.json("proposal", "admin", "PUT", e + "/allocation/proposal/" + UNKNOWN, "{}");

    // audit
    r.send("audit", "school", "GET", e + "/audit");
    r.send("audit", "admin", "GET", "api/editions/" + UNKNOWN + "/audit");
    return List.copyOf(r.cases);
  }

  private void json(
      String feature, String caller, String method, String path, String body, String... data) {
    cases.add(
        new Case(
            feature,
            caller,
            method,
            path,
            "application/json",
            utf8(body),
            Map.of(),
            List.of(data)));
  }

  private void send(String feature, String caller, String method, String path, String... data) {
    cases.add(new Case(feature, caller, method, path, null, null, Map.of(), List.of(data)));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
