package nl.techniekpact.lokaal.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.access.boundary.AccessFixture.Caller;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
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

  private static final int OK = 200;
  private static final int CREATED = 201;
  private static final int ACCEPTED = 202;
  private static final int NO_CONTENT = 204;
  private static final int SEE_OTHER = 303;
  private static final int SIGN_IN = 401;
  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;

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

  private static String shown(Lokaal.Reply reply) {
    String text = reply.text();
    return reply.status()
        + " "
        + reply.contentType()
        + " "
        + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
  }

  private static Endpoint endpoint(String name, Call call, int... expected) {
    return new Endpoint(name, call, expected);
  }

  // The columns: anonymous, other school, own school, other company, own company, organiser of
  // another region, organiser, admin.
  static final List<Endpoint> ENDPOINTS =
      List.of(
          // Signing in and out: for everyone, whoever they are signed in as.
          endpoint(
              "POST /api/session",
              (f, c) -> f.as(c).post("api/session", f.newOrganiserCredentials()),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "GET /api/session",
              (f, c) -> f.as(c).get("api/session"),
              SIGN_IN,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "DELETE /api/session",
              (f, c) -> f.as(c).withToken(f.newSession(c)).delete("api/session"),
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT,
              NO_CONTENT),
          endpoint(
              "POST /api/session/links",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/session/links", "{\"email\":\"" + f.parties.email("nobody") + "\"}"),
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED),
          endpoint(
              "GET /api/session/link",
              (f, c) -> f.as(c).get("api/session/link?token=" + f.newLinkToken()),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "POST /api/session/link (form)",
              (f, c) -> Parties.pressLinkButton(f.as(c), f.newLinkToken()),
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER,
              SEE_OTHER),
          endpoint(
              "POST /api/session/link (JSON)",
              (f, c) -> f.as(c).post("api/session/link", Bodies.tokenJson(f.newLinkToken())),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),

          // Organiser accounts: administrators only.
          endpoint(
              "GET /api/organisers",
              (f, c) -> f.as(c).get("api/organisers"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK),
          endpoint(
              "POST /api/organisers",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/organisers",
                          """
          {"email":"%s","name":"Nieuwe organisator","role":"ORGANISER","region":"liemers","password":"a-long-enough-password"}"""
                              .formatted(f.parties.email("organiser"))),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              CREATED),

          // Regions and editions: public to read, drafts only for their organisers; the region's
          // organisers run them.
          endpoint(
              "GET /api/regions",
              (f, c) -> f.as(c).get("api/regions"),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "GET /api/editions",
              (f, c) -> f.as(c).get("api/editions"),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}",
              (f, c) -> f.as(c).get("api/editions/" + f.edition),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id} of a draft",
              (f, c) -> f.as(c).get("api/editions/" + f.draft),
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              OK,
              OK),
          endpoint(
              "POST /api/editions",
              (f, c) -> f.as(c).post("api/editions", Bodies.newEditionJson("Nieuwe week")),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              CREATED,
              CREATED),
          endpoint(
              "PUT /api/editions/{id}",
              (f, c) -> f.as(c).put("api/editions/" + f.edition, f.editionView),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "POST /api/editions/{id}/open of a draft",
              (f, c) -> f.as(c).post("api/editions/" + f.newEdition(false) + "/open", ""),
              SIGN_IN,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              NOT_FOUND,
              OK,
              OK),
          endpoint(
              "POST /api/editions/{id}/close",
              (f, c) -> f.as(c).post("api/editions/" + f.newEdition(true) + "/close", ""),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "POST /api/editions/{id}/invitations",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/invitations",
                          "{\"kind\":\"COMPANY\",\"email\":\""
                              + f.parties.email("invited")
                              + "\",\"name\":\"Uitgenodigd BV\"}"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              ACCEPTED,
              ACCEPTED),
          endpoint(
              "PUT /api/editions/{id}/files",
              (f, c) ->
                  f.as(c)
                      .put(
                          "api/editions/" + f.newSampleEdition() + "/files",
                          "application/zip",
                          AccessFixture.sampleZip()),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/files",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/files/{file}",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files/schools.csv"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/files/{file} of no such file",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/files/pupils.csv"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              NOT_FOUND),
          endpoint(
              "GET /api/editions/{id}/audit",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/audit"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),

          // Companies: anyone signs one up; a company and its region's organisers see and change
          // it, and enrol it in another edition of its region.
          endpoint(
              "POST /api/editions/{id}/companies",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/companies",
                          Bodies.companyJson(
                              "Nieuw BV", "7121 EN", "Aalten", f.parties.email("company"))),
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED),
          endpoint(
              "GET /api/editions/{id}/companies",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/companies"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/companies/{id}",
              (f, c) -> f.as(c).get("api/companies/" + f.ownCompany),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/companies/{id}/editions",
              (f, c) -> f.as(c).get("api/companies/" + f.ownCompany + "/editions"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/companies/{id}",
              (f, c) -> f.as(c).put("api/companies/" + f.ownCompany, f.companyView),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/companies/{id}/editions/{edition}",
              (f, c) ->
                  f.as(c)
                      .put("api/companies/" + f.ownCompany + "/editions/" + f.newEdition(true), ""),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),

          // Slots: a company offers its own (for the other company: its own too); organisers for
          // any company of the region.
          endpoint(
              "POST /api/editions/{id}/slots",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/slots",
                          Bodies.slotJson(f.ownCompany, AccessFixture.DAY)),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              CREATED,
              CREATED,
              FORBIDDEN,
              CREATED,
              CREATED),
          endpoint(
              "GET /api/editions/{id}/slots",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/slots"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/slots/{id}",
              (f, c) -> f.as(c).get("api/slots/" + f.slot),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/slots/{id}",
              (f, c) -> f.as(c).put("api/slots/" + f.slot, f.slotView),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "DELETE /api/slots/{id}",
              (f, c) -> f.as(c).delete("api/slots/" + f.newSlot()),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              NOT_FOUND,
              NO_CONTENT,
              FORBIDDEN,
              NO_CONTENT,
              NO_CONTENT),

          // Schools: anyone signs one up; a school and its region's organisers see and change it,
          // and enrol it in another edition of its region.
          endpoint(
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
                              f.parties.email("school"))),
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED,
              ACCEPTED),
          endpoint(
              "GET /api/editions/{id}/schools",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/schools"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/schools/{id}",
              (f, c) -> f.as(c).get("api/schools/" + f.ownSchool),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/schools/{id}/editions",
              (f, c) -> f.as(c).get("api/schools/" + f.ownSchool + "/editions"),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/schools/{id}/editions/{edition}",
              (f, c) ->
                  f.as(c).put("api/schools/" + f.ownSchool + "/editions/" + f.newEdition(true), ""),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/schools/{id}",
              (f, c) -> f.as(c).put("api/schools/" + f.ownSchool, f.schoolView),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),

          // Class groups and the offer they wish from: a school registers its own (the other school
          // too); organisers for any school.
          endpoint(
              "POST /api/editions/{id}/groups",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/editions/" + f.edition + "/groups",
                          Json.createObjectBuilder(
                                  Bodies.group("groep 8", AccessFixture.DAY, 25, List.of()))
                              .add("schoolId", f.ownSchool)
                              .build()
                              .toString()),
              SIGN_IN,
              CREATED,
              CREATED,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              CREATED,
              CREATED),
          endpoint(
              "GET /api/editions/{id}/groups",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/groups"),
              SIGN_IN,
              OK,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/groups/{id}",
              (f, c) -> f.as(c).get("api/groups/" + f.group),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/groups/{id}",
              (f, c) -> f.as(c).put("api/groups/" + f.group, f.groupView),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "DELETE /api/groups/{id}",
              (f, c) -> f.as(c).delete("api/groups/" + f.newGroup()),
              SIGN_IN,
              NOT_FOUND,
              NO_CONTENT,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              NO_CONTENT,
              NO_CONTENT),
          endpoint(
              "GET /api/editions/{id}/offer",
              (f, c) ->
                  f.as(c)
                      .get(
                          "api/editions/"
                              + f.edition
                              + "/offer?reachKm=25&level=PO7&schoolId="
                              + f.ownSchool),
              SIGN_IN,
              OK,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),

          // Sessions and bookings (the ICER centre): sessions are public; a school books for its
          // own groups.
          endpoint(
              "GET /api/editions/{id}/sessions",
              (f, c) -> f.as(c).get("api/editions/" + f.centre + "/sessions"),
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/bookings",
              (f, c) -> f.as(c).get("api/editions/" + f.centre + "/bookings"),
              SIGN_IN,
              OK,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/placements",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/placements"),
              SIGN_IN,
              OK,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/visitors",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/visitors"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/editions/{id}/visitors/csv",
              (f, c) -> f.as(c).get("api/editions/" + f.edition + "/visitors/csv"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "POST /api/sessions/{id}/bookings",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/sessions/" + f.newCentreSlot() + "/bookings",
                          "{\"groupId\":" + f.newCentreGroup() + "}"),
              SIGN_IN,
              NOT_FOUND,
              CREATED,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              CREATED,
              CREATED),
          endpoint(
              "POST /api/sessions/{id}/seats",
              (f, c) -> f.as(c).post("api/sessions/" + f.newCentreSlot() + "/seats", "{\"add\":1}"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "POST /api/sessions/{id}/cancel",
              (f, c) -> f.as(c).post("api/sessions/" + f.newCentreSlot() + "/cancel", ""),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "GET /api/bookings/{id}",
              (f, c) -> f.as(c).get("api/bookings/" + f.booking),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "PUT /api/bookings/{id}",
              (f, c) -> f.as(c).put("api/bookings/" + f.booking, f.bookingView),
              SIGN_IN,
              NOT_FOUND,
              OK,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),
          endpoint(
              "DELETE /api/bookings/{id}",
              (f, c) -> f.as(c).delete("api/bookings/" + f.newBooking()),
              SIGN_IN,
              NOT_FOUND,
              NO_CONTENT,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              NO_CONTENT,
              NO_CONTENT),
          endpoint(
              "POST /api/bookings/{id}/move",
              (f, c) ->
                  f.as(c)
                      .post(
                          "api/bookings/" + f.newBooking() + "/move",
                          "{\"slotId\":" + f.newCentreSlot() + "}"),
              SIGN_IN,
              NOT_FOUND,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK),

          // The outbox: organisers read their region's mail, administrators all.
          endpoint(
              "GET /api/outbox",
              (f, c) -> f.as(c).get("api/outbox"),
              SIGN_IN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              FORBIDDEN,
              OK,
              OK,
              OK));
}
