package nl.techniekpact.lokaal.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.access.boundary.AccessFixture.Caller;
import nl.techniekpact.lokaal.platform.boundary.OpenApiResponses;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint and method, called by each of eight callers, answers as the rules in Access
 * say: 401 when not signed in, 403 for the wrong kind of party, 404 for another party's school,
 * company, group, slot or booking, and success for the party itself and its organisers. Every
 * request is one that succeeds for those allowed, so a refusal is the rule speaking, not the body.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  /** How the cell's request is sent by the caller. */
  interface Call {
    Lokaal.Reply send(AccessFixture f, Caller caller);
  }

  /**
   * An endpoint, a request to it, and the status for each caller in the order of {@link Caller}.
   */
  record Endpoint(String name, Call call, int... expected) {
    Endpoint {
      if (expected.length != Caller.values().length) {
        throw new IllegalArgumentException(name + ": one status per caller");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheAccessRulesSay() {
    AccessFixture fixture = AccessFixture.on(base);
    return ENDPOINTS.stream()
        .flatMap(
            endpoint ->
                Arrays.stream(Caller.values())
                    .map(
                        caller -> {
                          int expected = endpoint.expected()[caller.ordinal()];
                          String cell = endpoint.name() + " as " + caller.label + " -> " + expected;
                          return dynamicTest(
                              cell,
                              () -> {
                                Lokaal.Reply reply = endpoint.call().send(fixture, caller);
                                assertEquals(
                                    expected, reply.status(), () -> cell + ": " + shown(reply));
                                if (reply.status() >= 400) {
                                  assertEquals(
                                      "application/problem+json",
                                      reply.contentType(),
                                      () -> cell + ": " + shown(reply));
                                  assertEquals(
                                      reply.status(),
                                      reply.json().getInt("status"),
                                      () -> cell + ": " + shown(reply));
                                }
                              });
                        }));
  }

  /**
   * /openapi, read by an independent parser, documents each operation's responses (a description
   * for each, problem+json for each error) and every status the table above expects of it.
   */
  @Test
  void openapiDocumentsEveryStatusEachCallerGets() {
    var openapi = new Lokaal(base).withHeader("Accept", "application/json").get("openapi");
    assertEquals(200, openapi.status(), openapi::toString);
    OpenApiResponses document = OpenApiResponses.parse(openapi.text());
    assertEquals(List.of(), document.shortcomings());
    assertEquals(List.of(), undocumented(document, ENDPOINTS));
  }

  /** "METHOD /path: status" for each status an endpoint gives that the document does not name. */
  static List<String> undocumented(OpenApiResponses document, List<Endpoint> endpoints) {
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      String[] words = endpoint.name().split(" ");
      Set<String> documented = document.statuses(words[0], words[1]);
      Arrays.stream(endpoint.expected())
          .distinct()
          .mapToObj(String::valueOf)
          .filter(status -> !documented.contains(status))
          .forEach(status -> missing.add(words[0] + " " + words[1] + ": " + status));
    }
    return missing.stream().distinct().toList();
  }

  private static String shown(Lokaal.Reply reply) {
    String text = reply.text();
    return reply.status()
        + " "
        + reply.contentType()
        + " "
        + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
  }

  /** A register of one school, only ever previewed: codes with R third are no other test's. */
  private static final String REGISTER_CSV =
      "code;naam;soort;postcode;plaats;gemeente\n98RZ00;Matrixschool;PO;7121 EN;Aalten;Aalten\n";

  /**
   * The expected status of every cell: one row per endpoint, one column per caller, in the order of
   * {@link Caller}. Lines starting with # group the rows.
   */
  // Columns: anon = anonymous, o.sch = other school, sch = own school, o.co = other company,
  // co = own company, o.org = organiser of another region, org = organiser, admin = administrator.
  private static final String FORM_BOUNDARY = "lokaal-matrix";

  static final String STATUSES =
      """
      endpoint                                             anon  o.sch sch   o.co  co    o.org org   admin
      # Signing in and out: for everyone, whoever they are signed in as.
      POST /api/session                                    200   200   200   200   200   200   200   200
      GET /api/session                                     401   200   200   200   200   200   200   200
      DELETE /api/session                                  204   204   204   204   204   204   204   204
      POST /api/session/links                              202   202   202   202   202   202   202   202
      GET /api/session/link                                200   200   200   200   200   200   200   200
      POST /api/session/link (form)                        303   303   303   303   303   303   303   303
      POST /api/session/link (JSON)                        200   200   200   200   200   200   200   200
      # Choosing among the schools and companies of the address a link proved: only those.
      GET /api/session/parties                             401   200   200   200   200   403   403   403
      POST /api/session/parties                            401   404   200   404   404   403   403   403
      # A calendar feed's address, shown again: only the party itself and its organisers.
      GET /api/feeds/{kind}/{id}                           401   404   200   403   403   403   200   200
      # Organiser accounts: administrators only.
      GET /api/organisers                                  401   403   403   403   403   403   403   200
      POST /api/organisers                                 401   403   403   403   403   403   403   201
      # Regions and editions: public to read, drafts only for their organisers; the region's
      # organisers run them.
      GET /api/regions                                     200   200   200   200   200   200   200   200
      GET /api/editions                                    200   200   200   200   200   200   200   200
      GET /api/editions/{id}                               200   200   200   200   200   200   200   200
      GET /api/editions/{id} of a draft                    404   404   404   404   404   404   200   200
      POST /api/editions                                   401   403   403   403   403   403   201   201
      PUT /api/editions/{id}                               401   403   403   403   403   403   200   200
      POST /api/editions/{id}/open of a draft              401   404   404   404   404   404   200   200
      POST /api/editions/{id}/close                        401   403   403   403   403   403   200   200
      POST /api/editions/{id}/invitations                  401   403   403   403   403   403   202   202
      PUT /api/editions/{id}/files                         401   403   403   403   403   403   200   200
      PUT /api/editions/{id}/files applied                 401   403   403   403   403   403   200   200
      POST /api/editions/{id}/files (form)                 401   403   403   403   403   403   200   200
      GET /api/editions/{id}/files                         401   403   403   403   403   403   200   200
      GET /api/editions/{id}/files/{file}                  401   403   403   403   403   403   200   200
      GET /api/editions/{id}/files/{file} of no such file  401   403   403   403   403   403   404   404
      GET /api/editions/{id}/files.xlsx                    401   403   403   403   403   403   200   200
      GET /api/editions/{id}/audit                         401   403   403   403   403   403   200   200
      # The region's register of schools: its organisers only; an upload here is only previewed.
      GET /api/regions/{region}/register                   401   403   403   403   403   403   200   200
      PUT /api/regions/{region}/register                   401   403   403   403   403   403   200   200
      POST /api/regions/{region}/register (form)           401   403   403   403   403   403   200   200
      # Companies: anyone signs one up; a company and its region's organisers see and change
      # it, and enrol it in another edition of its region.
      POST /api/editions/{id}/companies                    202   202   202   202   202   202   202   202
      GET /api/editions/{id}/companies                     401   403   403   403   403   403   200   200
      GET /api/companies/{id}                              401   403   403   404   200   403   200   200
      GET /api/companies/{id}/editions                     401   403   403   404   200   403   200   200
      PUT /api/companies/{id}                              401   403   403   404   200   403   200   200
      PUT /api/companies/{id}/editions/{edition}           401   403   403   404   200   403   200   200
      # Slots: a company offers its own (for the other company: its own too); organisers for
      # any company of the region.
      POST /api/editions/{id}/slots                        401   403   403   201   201   403   201   201
      GET /api/editions/{id}/slots                         401   403   403   200   200   403   200   200
      GET /api/slots/{id}                                  401   403   403   404   200   403   200   200
      PUT /api/slots/{id}                                  401   403   403   404   200   403   200   200
      DELETE /api/slots/{id}                               401   403   403   404   204   403   204   204
      # Schools: anyone signs one up; a school and its region's organisers see and change it,
      # and enrol it in another edition of its region.
      POST /api/editions/{id}/schools                      202   202   202   202   202   202   202   202
      GET /api/editions/{id}/schools                       401   403   403   403   403   403   200   200
      GET /api/schools/{id}                                401   404   200   403   403   403   200   200
      GET /api/schools/{id}/editions                       401   404   200   403   403   403   200   200
      PUT /api/schools/{id}/editions/{edition}             401   404   200   403   403   403   200   200
      PUT /api/schools/{id}                                401   404   200   403   403   403   200   200
      # Class groups and the offer they wish from: a school registers its own (the other school
      # too); organisers for any school.
      POST /api/editions/{id}/groups                       401   201   201   403   403   403   201   201
      GET /api/editions/{id}/groups                        401   200   200   403   403   403   200   200
      GET /api/groups/{id}                                 401   404   200   403   403   403   200   200
      PUT /api/groups/{id}                                 401   404   200   403   403   403   200   200
      DELETE /api/groups/{id}                              401   404   204   403   403   403   204   204
      GET /api/editions/{id}/offer                         401   200   200   403   403   403   200   200
      # Sessions and bookings (the ICER centre): sessions are public; a school books for its
      # own groups.
      GET /api/editions/{id}/sessions                      200   200   200   200   200   200   200   200
      GET /api/editions/{id}/bookings                      401   200   200   403   403   403   200   200
      GET /api/editions/{id}/placements                    401   200   200   403   403   403   200   200
      GET /api/editions/{id}/placements/xlsx               401   200   200   403   403   403   200   200
      GET /api/editions/{id}/visitors                      401   403   403   200   200   403   200   200
      GET /api/editions/{id}/visitors/csv                  401   403   403   200   200   403   200   200
      GET /api/editions/{id}/visitors/xlsx                 401   403   403   200   200   403   200   200
      POST /api/sessions/{id}/bookings                     401   404   201   403   403   403   201   201
      POST /api/sessions/{id}/seats                        401   403   403   403   403   403   200   200
      POST /api/sessions/{id}/cancel                       401   403   403   403   403   403   200   200
      GET /api/bookings/{id}                               401   404   200   403   403   403   200   200
      PUT /api/bookings/{id}                               401   404   200   403   403   403   200   200
      DELETE /api/bookings/{id}                            401   404   204   403   403   403   204   204
      POST /api/bookings/{id}/move                         401   404   403   403   403   403   200   200
      # The allocation's move editor: the region's organisers only; the edition here is not
      # allocated yet, so they get a conflict.
      GET /api/editions/{id}/allocation/proposal/{gid}/options 401   403   403   403   403   403   409   409
      PUT /api/editions/{id}/allocation/proposal/{gid}         401   403   403   403   403   403   409   409
      # A booking opened by the key in its mail: whoever holds the key, signed in or not.
      GET /api/booking-links/{id}                          200   200   200   200   200   200   200   200
      PUT /api/booking-links/{id}                          200   200   200   200   200   200   200   200
      DELETE /api/booking-links/{id}                       204   204   204   204   204   204   204   204
      # The outbox: organisers read their region's mail, administrators all.
      GET /api/outbox                                      401   403   403   403   403   200   200   200
      # The pact monitor: the region's organisers and administrators; every region: administrators.
      GET /api/regions/{region}/monitor                    401   403   403   403   403   403   200   200
      GET /api/regions/{region}/monitor of all regions     401   403   403   403   403   403   403   200
      GET /api/regions/{region}/monitor/years              401   403   403   403   403   403   200   200
      # The year's export of the monitor: as the monitor.
      GET /api/regions/{region}/monitor/export             401   403   403   403   403   403   200   200
      GET /api/regions/{region}/monitor/export as CSV      401   403   403   403   403   403   200   200
      GET /api/regions/{region}/monitor/export of all      401   403   403   403   403   403   403   200
      """;

  /** How each row's request is sent, by the row's name. */
  static final Map<String, Call> CALLS =
      Map.ofEntries(
          // Signing in and out: for everyone, whoever they are signed in as.
          call(
              "POST /api/session",
              (f, c) -> f.as(c).post("api/session", f.newOrganiserCredentials())),
          call("GET /api/session", (f, c) -> f.as(c).get("api/session")),
          call(
              "DELETE /api/session",
              (f, c) -> f.as(c).withToken(f.newSession(c)).delete("api/session")),
          call(
              "POST /api/session/links",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/session/links",
                          "{\"email\":\"" + f.parties.email("nobody") + "\"}")),
          call(
              "GET /api/session/link",
              (f, c) -> f.as(c).get("api/session/link?token=" + f.newLinkToken())),
          call(
              "POST /api/session/link (form)",
              (f, c) -> Parties.pressLinkButton(f.as(c), f.newLinkToken())),
          call(
              "POST /api/session/link (JSON)",
              (f, c) -> f.as(c).post("api/session/link", Bodies.tokenJson(f.newLinkToken()))),
          call("GET /api/session/parties", (f, c) -> f.as(c).get("api/session/parties")),
          call(
              "POST /api/session/parties",
              (f, c) ->
                  f.as(c)
                      .withToken(f.newSession(c))
                      .post(
                          "api/session/parties",
                          "{\"role\":\"SCHOOL\",\"id\":" + f.ownSchool + "}")),
          call(
              "GET /api/feeds/{kind}/{id}",
              (f, c) -> {
                f.as(Caller.ADMIN)
                    .post("api/feeds", "{\"kind\":\"SCHOOL\",\"id\":" + f.ownSchool + "}");
                return f.as(c).get("api/feeds/SCHOOL/" + f.ownSchool);
              }),
          // Organiser accounts: administrators only.
          call("GET /api/organisers", (f, c) -> f.as(c).get("api/organisers")),
          call(
              "POST /api/organisers",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/organisers",
                          """
          {"email":"%s","name":"Nieuwe organisator","role":"ORGANISER","region":"liemers","password":"a-long-enough-password"}"""
                              .formatted(f.parties.email("organiser")))),
          // Regions and editions: public to read, drafts only for their organisers; the region's
          // organisers run them.
          call("GET /api/regions", (f, c) -> f.as(c).get("api/regions")),
          call(
              "GET /api/regions/{region}/monitor",
              (f, c) -> f.as(c).get("api/regions/achterhoek/monitor?year=2026-2027")),
          call(
              "GET /api/regions/{region}/monitor/years",
              (f, c) -> f.as(c).get("api/regions/achterhoek/monitor/years?year=2026-2027")),
          call(
              "GET /api/regions/{region}/monitor of all regions",
              (f, c) -> f.as(c).get("api/regions/all/monitor")),
          call(
              "GET /api/regions/{region}/monitor/export",
              (f, c) -> f.as(c).get("api/regions/achterhoek/monitor/export?year=2026-2027")),
          call(
              "GET /api/regions/{region}/monitor/export as CSV",
              (f, c) ->
                  f.as(c).get("api/regions/achterhoek/monitor/export?format=csv&table=belowGoal")),
          call(
              "GET /api/regions/{region}/monitor/export of all",
              (f, c) -> f.as(c).get("api/regions/all/monitor/export?format=csv")),
          call("GET /api/editions", (f, c) -> f.as(c).get("api/editions")),
          call("GET /api/editions/{id}", (f, c) -> f.as(c).get("api/editions/" + f.edition)),
          call(
              "GET /api/editions/{id} of a draft",
              (f, c) -> f.as(c).get("api/editions/" + f.draft)),
          call(
              "POST /api/editions",
              (f, c) -> f.as(c).post("api/editions", Bodies.newEditionJson("Nieuwe week"))),
          call(
              "PUT /api/editions/{id}",
              (f, c) -> f.as(c).put("api/editions/" + f.edition, f.editionView)),
          call(
              "POST /api/editions/{id}/open of a draft",
              (f, c) -> f.as(c).post("api/editions/" + f.newEdition(false) + "/open", "")),
          call(
              "POST /api/editions/{id}/close",
              (f, c) -> f.as(c).post("api/editions/" + f.newEdition(true) + "/close", "")),
          call(
              "POST /api/editions/{id}/invitations",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/invitations",
                          "{\"kind\":\"COMPANY\",\"email\":\""
                              + f.parties.email("invited")
                              + "\",\"name\":\"Uitgenodigd BV\"}")),
          call(
              "PUT /api/editions/{id}/files",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/editions/" + f.newSampleEdition() + "/files",
                          "application/zip",
                          AccessFixture.sampleZip())),
          call(
              "PUT /api/editions/{id}/files applied",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/editions/" + f.newSampleEdition() + "/files?apply=true",
                          "application/zip",
                          AccessFixture.sampleZip())),
          call(
              "POST /api/editions/{id}/files (form)",
              (f, c) ->
                  f.as(c)
                      .request(
                          "POST",
                          "api/editions/" + f.newSampleEdition() + "/files",
                          "multipart/form-data; boundary=" + FORM_BOUNDARY,
                          zipAsForm())),
          call(
              "GET /api/editions/{id}/files",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files")),
          call(
              "GET /api/editions/{id}/files/{file}",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files/schools.csv")),
          call(
              "GET /api/editions/{id}/files/{file} of no such file",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files/pupils.csv")),
          call(
              "GET /api/editions/{id}/files.xlsx",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files.xlsx")),
          call(
              "GET /api/editions/{id}/audit",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/audit")),
          // The region's register of schools: its organisers only; an upload here is previewed.
          call(
              "GET /api/regions/{region}/register",
              (f, c) -> f.as(c).get("api/regions/achterhoek/register")),
          call(
              "PUT /api/regions/{region}/register",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/regions/achterhoek/register",
                          "text/csv",
                          REGISTER_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
          call(
              "POST /api/regions/{region}/register (form)",
              (f, c) ->
                  f.as(c)
                      .request(
                          "POST",
                          "api/regions/achterhoek/register",
                          "multipart/form-data; boundary=" + FORM_BOUNDARY,
                          registerAsForm())),
          // Companies: anyone signs one up; a company and its region's organisers see and change
          // it, and enrol it in another edition of its region.
          call(
              "POST /api/editions/{id}/companies",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/companies",
                          Bodies.companyJson(
                              "Nieuw BV", "7121 EN", "Aalten", f.parties.email("company")))),
          call(
              "GET /api/editions/{id}/companies",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/companies")),
          call("GET /api/companies/{id}", (f, c) -> f.as(c).get("api/companies/" + f.ownCompany)),
          call(
              "GET /api/companies/{id}/editions",
              (f, c) -> f.as(c).get("api/companies/" + f.ownCompany + "/editions")),
          call(
              "PUT /api/companies/{id}",
              (f, c) -> f.as(c).put("api/companies/" + f.ownCompany, f.companyView)),
          call(
              "PUT /api/companies/{id}/editions/{edition}",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/companies/" + f.ownCompany + "/editions/" + f.newEdition(true), "")),
          // Slots: a company offers its own (for the other company: its own too); organisers for
          // any company of the region.
          call(
              "POST /api/editions/{id}/slots",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/slots",
                          Bodies.slotJson(f.ownCompany, AccessFixture.DAY))),
          call(
              "GET /api/editions/{id}/slots",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/slots")),
          call("GET /api/slots/{id}", (f, c) -> f.as(c).get("api/slots/" + f.slot)),
          call("PUT /api/slots/{id}", (f, c) -> f.as(c).put("api/slots/" + f.slot, f.slotView)),
          call("DELETE /api/slots/{id}", (f, c) -> f.as(c).delete("api/slots/" + f.newSlot())),
          // Schools: anyone signs one up; a school and its region's organisers see and change it,
          // and enrol it in another edition of its region.
          call(
              "POST /api/editions/{id}/schools",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/schools",
                          Bodies.schoolJson(
                              f.parties.brin(),
                              "Nieuwe school",
                              "7121 EN",
                              "Aalten",
                              f.parties.email("school")))),
          call(
              "GET /api/editions/{id}/schools",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/schools")),
          call("GET /api/schools/{id}", (f, c) -> f.as(c).get("api/schools/" + f.ownSchool)),
          call(
              "GET /api/schools/{id}/editions",
              (f, c) -> f.as(c).get("api/schools/" + f.ownSchool + "/editions")),
          call(
              "PUT /api/schools/{id}/editions/{edition}",
              (f, c) ->
                  f.as(c)
                      .put("api/schools/" + f.ownSchool + "/editions/" + f.newEdition(true), "")),
          call(
              "PUT /api/schools/{id}",
              (f, c) -> f.as(c).put("api/schools/" + f.ownSchool, f.schoolView)),
          // Class groups and the offer they wish from: a school registers its own (the other school
          // too); organisers for any school.
          call(
              "POST /api/editions/{id}/groups",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/groups",
                          Json.createObjectBuilder(
                                  Bodies.group("groep 8", AccessFixture.DAY, 25, List.of()))
                              .add("schoolId", f.ownSchool)
                              .build()
                              .toString())),
          call(
              "GET /api/editions/{id}/groups",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/groups")),
          call("GET /api/groups/{id}", (f, c) -> f.as(c).get("api/groups/" + f.group)),
          call("PUT /api/groups/{id}", (f, c) -> f.as(c).put("api/groups/" + f.group, f.groupView)),
          call("DELETE /api/groups/{id}", (f, c) -> f.as(c).delete("api/groups/" + f.newGroup())),
          call(
              "GET /api/editions/{id}/offer",
              (f, c) ->
                  f.as(c)
                      .get(
                          "api/editions/"
                              + f.edition
                              + "/offer?reachKm=25&level=PO7&schoolId="
                              + f.ownSchool)),
          // Sessions and bookings (the ICER centre): sessions are public; a school books for its
          // own groups.
          call(
              "GET /api/editions/{id}/sessions",
              (f, c) -> f.as(c).get("api/editions/" + f.centre + "/sessions")),
          call(
              "GET /api/editions/{id}/bookings",
              (f, c) -> f.as(c).get("api/editions/" + f.centre + "/bookings")),
          call(
              "GET /api/editions/{id}/placements",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/placements")),
          call(
              "GET /api/editions/{id}/placements/xlsx",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/placements/xlsx?lang=en")),
          call(
              "GET /api/editions/{id}/visitors",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/visitors")),
          call(
              "GET /api/editions/{id}/visitors/csv",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/visitors/csv")),
          call(
              "GET /api/editions/{id}/visitors/xlsx",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/visitors/xlsx?lang=de")),
          call(
              "POST /api/sessions/{id}/bookings",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/sessions/" + f.newCentreSlot() + "/bookings",
                          "{\"groupId\":" + f.newCentreGroup() + "}")),
          call(
              "POST /api/sessions/{id}/seats",
              (f, c) ->
                  f.as(c).post("api/sessions/" + f.newCentreSlot() + "/seats", "{\"add\":1}")),
          call(
              "POST /api/sessions/{id}/cancel",
              (f, c) -> f.as(c).post("api/sessions/" + f.newCentreSlot() + "/cancel", "")),
          call("GET /api/bookings/{id}", (f, c) -> f.as(c).get("api/bookings/" + f.booking)),
          call(
              "PUT /api/bookings/{id}",
              (f, c) -> f.as(c).put("api/bookings/" + f.booking, f.bookingView)),
          call(
              "DELETE /api/bookings/{id}",
              (f, c) -> f.as(c).delete("api/bookings/" + f.newBooking())),
          call(
              "POST /api/bookings/{id}/move",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/bookings/" + f.newBooking() + "/move",
                          "{\"slotId\":" + f.newCentreSlot() + "}")),
          // The allocation's move editor: the region's organisers only.
          call(
              "GET /api/editions/{id}/allocation/proposal/{gid}/options",
              (f, c) ->
                  f.as(c)
                      .get(
                          "api/editions/"
                              + f.edition
                              + "/allocation/proposal/"
                              + f.group
                              + "/options")),
          call(
              "PUT /api/editions/{id}/allocation/proposal/{gid}",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/editions/" + f.edition + "/allocation/proposal/" + f.group,
                          "{\"slotId\":null,\"version\":\"000000000000\"}")),
          call(
              "GET /api/booking-links/{id}",
              (f, c) ->
                  f.as(c)
                      .withHeader("X-Lokaal-Key", f.bookingKey(f.booking))
                      .get("api/booking-links/" + f.booking)),
          call(
              "PUT /api/booking-links/{id}",
              (f, c) ->
                  f.as(c)
                      .withHeader("X-Lokaal-Key", f.bookingKey(f.booking))
                      .put("api/booking-links/" + f.booking, f.bookingView)),
          call(
              "DELETE /api/booking-links/{id}",
              (f, c) -> {
                long booking = f.newBooking();
                return f.as(c)
                    .withHeader("X-Lokaal-Key", f.bookingKey(booking))
                    .delete("api/booking-links/" + booking);
              }),
          // The outbox: organisers read their region's mail, administrators all.
          call("GET /api/outbox", (f, c) -> f.as(c).get("api/outbox")));

  static final List<Endpoint> ENDPOINTS = endpoints(STATUSES, CALLS);

  /** The rows of the table, each with its call; every row has one and every call a row. */
  private static List<Endpoint> endpoints(String table, Map<String, Call> calls) {
    List<Endpoint> endpoints = new ArrayList<>();
    Set<String> names = new HashSet<>();
    table
        .lines()
        .skip(1)
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .forEach(
            line -> {
              String[] cells = line.trim().split(" +");
              int name = cells.length - Caller.values().length;
              String endpoint = String.join(" ", Arrays.copyOf(cells, name));
              int[] expected =
                  Arrays.stream(cells, name, cells.length).mapToInt(Integer::parseInt).toArray();
              Call call = calls.get(endpoint);
              if (call == null || !names.add(endpoint)) {
                throw new IllegalArgumentException("no call, or a second row, for " + endpoint);
              }
              endpoints.add(new Endpoint(endpoint, call, expected));
            });
    Set<String> unused = new HashSet<>(calls.keySet());
    unused.removeAll(names);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("calls without a row: " + unused);
    }
    return List.copyOf(endpoints);
  }

  private static Map.Entry<String, Call> call(String name, Call call) {
    return Map.entry(name, call);
  }

  private static byte[] registerAsForm() {
    return ("--"
            + FORM_BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n"
            + REGISTER_CSV
            + "\r\n--"
            + FORM_BOUNDARY
            + "--\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The sample edition's zip as the one file of a multipart form, as the organiser's page sends.
   */
  private static byte[] zipAsForm() {
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    form.writeBytes(
        ("--"
                + FORM_BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"editie.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    form.writeBytes(AccessFixture.sampleZip());
    form.writeBytes(
        ("\r\n--" + FORM_BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return form.toByteArray();
  }
}
