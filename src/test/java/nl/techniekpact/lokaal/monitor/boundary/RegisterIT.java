package nl.techniekpact.lokaal.monitor.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.testing.Parties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The region's register through REST and the database: preview, apply, a re-import that renames one
 * school (same id), leaves one out (closed) and brings it back (open again), a stale preview
 * refused, and who may see and change it. Works in De Liemers, whose demo data has no register, so
 * that closing what the file leaves out touches no other test's schools; codes have R as their
 * third character, which no Parties code has.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

  private static final String REGION = "liemers";
  private static final String REGISTER = "api/regions/" + REGION + "/register";
  private static final String CSV = "text/csv";
  private static final String BOUNDARY = "lokaal-register";
  private static final String FORM = "multipart/form-data; boundary=" + BOUNDARY;
  private static final String HEADER =
      "VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;"
          + "GEMEENTENAAM;SOORT PO;DENOMINATIE\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  private final SecureRandom random = new SecureRandom();
  private final String prefix =
      String.format(Locale.ROOT, "%02dR%c", random.nextInt(100), (char) ('A' + random.nextInt(26)));

  private String code(int n) {
    return prefix + String.format(Locale.ROOT, "%02d", n);
  }

  private String row(int n, String name, String street) {
    return code(n) + ";" + name + ";" + street + ";1;6901 AA;Zevenaar;Zevenaar;Bo;Openbaar\n";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOrganiserPreviewsAppliesAndReimportsTheRegisterInPlace() {
    Lokaal anonymous = new Lokaal(base);
    Parties parties = new Parties(anonymous, 0);
    Lokaal organiser = parties.as(parties.organiser(REGION));
    long edition = parties.demoEdition(REGION, "COMPANY_VISITS");
    Lokaal school =
        parties.as(parties.school(edition, code(4), "De Nieuwe", "6901 AA", "Zevenaar"));

    byte[] first =
        bytes(
            HEADER
                + row(1, "De Regenboog", "Kerkweg")
                + row(2, "De Linde", "Laan")
                + row(3, "Het Anker", "Dijk"));
    JsonObject preview =
        ok(organiser.request("POST", REGISTER, FORM, form(first))).getJsonObject("preview");
    assertEquals(List.of(code(1), code(2), code(3)), codes(preview, "addedSchools"));
    String firstToken = preview.getString("token");
    JsonObject applied =
        ok(
            organiser.request(
                "POST", REGISTER + "?apply=true&expect=" + firstToken, FORM, form(first)));
    assertTrue(applied.getBoolean("applied"));
    Map<String, JsonObject> before = register(organiser);
    assertEquals("Kerkweg 1", before.get(code(1)).getString("street"));

    byte[] second =
        bytes(
            HEADER
                + row(1, "Kindcentrum De Regenboog", "Nieuwe Weg")
                + row(3, "Het Anker", "Dijk")
                + row(4, "De Nieuwe", "Markt"));
    preview = ok(organiser.request("PUT", REGISTER, CSV, second)).getJsonObject("preview");
    assertEquals(List.of(code(4)), codes(preview, "addedSchools"));
    assertEquals(List.of(code(1)), codes(preview, "changedSchools"));
    assertEquals(List.of(code(2)), codes(preview, "closedSchools"));
    assertEquals(
        409,
        organiser
            .request("PUT", REGISTER + "?apply=true&expect=" + firstToken, CSV, second)
            .status());
    assertEquals(409, organiser.request("PUT", REGISTER + "?apply=true", CSV, second).status());
    ok(
        organiser.request(
            "PUT", REGISTER + "?apply=true&expect=" + preview.getString("token"), CSV, second));

    Map<String, JsonObject> after = register(organiser);
    JsonObject renamed = after.get(code(1));
    assertEquals(before.get(code(1)).getInt("id"), renamed.getInt("id"));
    assertEquals("Kindcentrum De Regenboog", renamed.getString("name"));
    assertEquals("Nieuwe Weg 1", renamed.getString("street"));
    assertTrue(after.get(code(2)).getBoolean("closed"));
    assertFalse(after.get(code(3)).getBoolean("closed"));
    assertTrue(after.get(code(4)).getBoolean("signedUp"));
    assertFalse(after.get(code(3)).getBoolean("signedUp"));

    byte[] back = bytes(HEADER + row(2, "De Linde", "Laan"));
    preview =
        ok(organiser.request("PUT", REGISTER + "?mode=merge", CSV, back)).getJsonObject("preview");
    assertEquals(List.of(code(2)), codes(preview, "changedSchools"));
    ok(
        organiser.request(
            "PUT",
            REGISTER + "?mode=merge&apply=true&expect=" + preview.getString("token"),
            CSV,
            back));
    assertFalse(register(organiser).get(code(2)).getBoolean("closed"));

    Lokaal english = organiser.withHeader("Accept-Language", "en");
    var bad =
        english.request(
            "PUT", REGISTER, CSV, bytes(HEADER + row(5, "A", "B").replace(";Bo;", ";Mbo;")));
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("application/problem+json", bad.contentType());
    JsonObject error = bad.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(2, error.getInt("line"));
    assertEquals("SOORT PO", error.getString("column"));
    assertEquals("SOORT PO: choose PO, VO or SO, not Mbo.", error.getString("reason"));

    Lokaal elsewhere = parties.as(parties.organiser("achterhoek"));
    Lokaal company = parties.as(parties.company(edition, "Register BV", "6901 AA", "Zevenaar"));
    assertEquals(403, elsewhere.get(REGISTER).status());
    assertEquals(403, elsewhere.request("PUT", REGISTER, CSV, back).status());
    assertEquals(403, school.get(REGISTER).status());
    assertEquals(403, company.request("PUT", REGISTER, CSV, back).status());
    assertEquals(401, anonymous.get(REGISTER).status());
    assertEquals(401, anonymous.request("PUT", REGISTER, CSV, back).status());
    assertEquals(404, organiser.get("api/regions/nergens/register").status());
    assertEquals(200, parties.as(parties.admin()).get(REGISTER).status());
  }

  /** The file as the one part of a form, as the organiser's page sends it. */
  private static byte[] form(byte[] csv) {
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vestigingen.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(bytes(head));
    out.writeBytes(csv);
    out.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
    return out.toByteArray();
  }

  private static JsonObject ok(Lokaal.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static Map<String, JsonObject> register(Lokaal organiser) {
    var reply = organiser.get(REGISTER);
    assertEquals(200, reply.status(), reply::toString);
    return reply.array().getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(s -> s.getString("code"), Function.identity()));
  }

  private static List<String> codes(JsonObject preview, String list) {
    return preview.getJsonArray(list).getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("code"))
        .toList();
  }
}
