package nl.techniekpact.lokaal.access.boundary;

import static nl.techniekpact.lokaal.testing.Bodies.expect;
import static nl.techniekpact.lokaal.testing.Bodies.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.booking.boundary.BookingsResource.PupilsChange;
import nl.techniekpact.lokaal.company.boundary.CompanyRequest;
import nl.techniekpact.lokaal.company.boundary.SlotRequest;
import nl.techniekpact.lokaal.event.boundary.EditionRequest;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.school.boundary.GroupRequest;
import nl.techniekpact.lokaal.school.boundary.SchoolRequest;
import nl.techniekpact.lokaal.testing.Bodies;
import nl.techniekpact.lokaal.testing.Parties;
import nl.techniekpact.lokaal.testing.Parties.Party;

/**
 * The eight callers of the access matrix and what they act on: a company with a slot and a school
 * with a group in the Achterhoek's Week van de Techniek, a booking at the ICER centre, and fresh
 * objects for the cells that withdraw, cancel or move one. Made once per deployment, through the
 * API.
 */
final class AccessFixture {

  enum Caller {
    ANONYMOUS("anonymous"),
    OTHER_SCHOOL("other school"),
    OWN_SCHOOL("own school"),
    OTHER_COMPANY("other company"),
    OWN_COMPANY("own company"),
    OTHER_ORGANISER("organiser of another region"),
    ORGANISER("organiser"),
    ADMIN("admin");

    final String label;

    Caller(String label) {
      this.label = label;
    }
  }

  static final String DAY = "2027-03-16";
  private static AccessFixture made;

  final Parties parties;
  private final Map<Caller, Party> callers = new EnumMap<>(Caller.class);

  /** Week van de Techniek Achterhoek: allocated, registration open. */
  final long edition;

  /** ICER centre visits in the Achterhoek: booked directly. */
  final long centre;

  final long draft;
  final long ownSchool;
  final long ownCompany;
  final long slot;
  final long group;
  final long booking;

  /** As the organisers read them, to send back unchanged (the fields a change request has). */
  final String editionView;

  final String schoolView;
  final String companyView;
  final String slotView;
  final String groupView;
  final String bookingView;
  private final List<Long> centreSlots;
  private final AtomicInteger nextCentreSlot = new AtomicInteger();

  static synchronized AccessFixture on(URL base) {
    if (made == null) {
      made = new AccessFixture(new Parties(new Lokaal(base), 7));
    }
    return made;
  }

  private AccessFixture(Parties parties) {
    this.parties = parties;
    Lokaal admin = parties.as(parties.admin());
    List<JsonObject> editions =
        admin.get("api/editions?region=achterhoek").array().getValuesAs(JsonObject.class);
    edition = editionNamed(editions, "Week van de Techniek Achterhoek 2027");
    centre = parties.demoEdition("achterhoek", "CENTRE_VISIT");
    draft = newEdition(false);

    callers.put(Caller.ANONYMOUS, null);
    callers.put(
        Caller.OTHER_SCHOOL, parties.school(edition, "Basisschool De Ander", "7121 EN", "Aalten"));
    callers.put(
        Caller.OWN_SCHOOL,
        parties.school(edition, "Basisschool De Eigen", "7101 BN", "Winterswijk"));
    callers.put(
        Caller.OTHER_COMPANY, parties.company(edition, "Ander Metaal BV", "7121 EN", "Aalten"));
    callers.put(
        Caller.OWN_COMPANY,
        parties.company(edition, "Eigen Techniek BV", "7101 BN", "Winterswijk"));
    callers.put(Caller.OTHER_ORGANISER, parties.organiser("liemers"));
    callers.put(Caller.ORGANISER, parties.organiser("achterhoek"));
    callers.put(Caller.ADMIN, parties.admin());
    ownSchool = callers.get(Caller.OWN_SCHOOL).id();
    ownCompany = callers.get(Caller.OWN_COMPANY).id();

    slot = newSlot();
    group =
        id(
            expect(
                201,
                as(Caller.OWN_SCHOOL)
                    .post(
                        "api/editions/" + edition + "/groups",
                        Bodies.group("groep 7a", DAY, 25, List.of(ownCompany)).toString())));
    String invited =
        expect(
                202,
                admin.post(
                    "api/editions/" + centre + "/invitations",
                    Json.createObjectBuilder()
                        .add("kind", "SCHOOL")
                        .add("email", callers.get(Caller.OWN_SCHOOL).email())
                        .add("name", "Basisschool De Eigen")
                        .build()
                        .toString()))
            .json()
            .getString("sent");
    if (!invited.equals("sign-in-link")) {
      throw new IllegalStateException(
          "inviting the own school to the centre should enrol it, but sent: " + invited);
    }
    centreSlots =
        admin
            .get("api/editions/" + centre + "/sessions")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                s ->
                    s.getInt("waiting") == 0
                        && s.getInt("groupsLeft") > 0
                        && s.getInt("seatsLeft") >= 24)
            .map(s -> (long) s.getInt("id"))
            .toList();
    booking = newBooking();

    editionView = asRequest(admin.get("api/editions/" + edition), EditionRequest.class);
    schoolView = asRequest(admin.get("api/schools/" + ownSchool), SchoolRequest.class);
    companyView = asRequest(admin.get("api/companies/" + ownCompany), CompanyRequest.class);
    slotView = asRequest(admin.get("api/slots/" + slot), SlotRequest.class);
    groupView = asRequest(admin.get("api/groups/" + group), GroupRequest.class);
    bookingView = asRequest(admin.get("api/bookings/" + booking), PupilsChange.class);
  }

  /**
   * What was read, as a request to change it to the same: only the fields the request has, as
   * Lokaal refuses fields it does not know (such as a view's id).
   */
  private static String asRequest(Lokaal.Reply view, Class<?> request) {
    Set<String> fields =
        Arrays.stream(request.getFields()).map(Field::getName).collect(Collectors.toSet());
    JsonObjectBuilder body = Json.createObjectBuilder();
    view.json()
        .forEach(
            (name, value) -> {
              if (fields.contains(name)) {
                body.add(name, value);
              }
            });
    return body.build().toString();
  }

  Lokaal as(Caller caller) {
    return parties.as(callers.get(caller));
  }

  /** A session of the caller's own, other than the one the other cells use; none for anonymous. */
  String newSession(Caller caller) {
    return caller == Caller.ANONYMOUS ? null : parties.newSession(callers.get(caller));
  }

  /** The e-mail address and password of a new organiser account. */
  String newOrganiserCredentials() {
    Party organiser = parties.organiser("achterhoek");
    return Bodies.credentials(organiser.email(), organiser.password());
  }

  /** The sign-in token mailed to a company that has just signed up. */
  String newLinkToken() {
    String email = parties.email("link");
    expect(
        202,
        parties
            .as(null)
            .post(
                "api/editions/" + edition + "/companies",
                Bodies.companyJson("Link BV", "7101 BN", "Winterswijk", email)));
    return parties.linkToken(email);
  }

  /** A new edition of the Achterhoek for March 2027, in draft or with registration open. */
  long newEdition(boolean open) {
    return newEdition(open, "2027-04-12", "2027-04-16", "2026-11-01", "2027-04-01");
  }

  /** A new open edition for the week of the interchange samples. */
  long newSampleEdition() {
    return newEdition(true, "2026-03-16", "2026-03-20", "2025-11-01", "2026-03-06");
  }

  long newSlot() {
    return id(
        expect(
            201,
            as(Caller.OWN_COMPANY)
                .post("api/editions/" + edition + "/slots", Bodies.slotJson(null, DAY))));
  }

  long newGroup() {
    return id(
        expect(
            201,
            as(Caller.OWN_SCHOOL)
                .post(
                    "api/editions/" + edition + "/groups",
                    Bodies.group("groep 7b", DAY, 25, List.of()).toString())));
  }

  /** A new group of the own school at the centre, not booked yet. */
  long newCentreGroup() {
    return id(
        expect(
            201,
            parties
                .as(parties.admin())
                .post(
                    "api/editions/" + centre + "/groups",
                    Json.createObjectBuilder(Bodies.group("groep 7c", DAY, 25, List.of()))
                        .add("schoolId", ownSchool)
                        .build()
                        .toString())));
  }

  /** A centre session no other cell books. */
  long newCentreSlot() {
    return centreSlots.get(nextCentreSlot.getAndIncrement());
  }

  /** A new booking of the own school at the centre. */
  long newBooking() {
    return id(
        expect(
            201,
            as(Caller.OWN_SCHOOL)
                .post(
                    "api/sessions/" + newCentreSlot() + "/bookings",
                    "{\"groupId\":" + newCentreGroup() + "}")));
  }

  /** The key in the newest mail about the booking, as the administrator reads it in the outbox. */
  String bookingKey(long booking) {
    java.util.regex.Pattern key =
        java.util.regex.Pattern.compile("boeking=" + booking + "#sleutel=([A-Za-z0-9_-]{43})");
    return expect(200, as(Caller.ADMIN).get("api/outbox?max=200"))
        .array()
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .map(m -> key.matcher(m.getString("text")))
        .filter(java.util.regex.Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no mail with a key to booking " + booking));
  }

  /** The small interchange sample, zipped as an organiser uploads it. */
  static byte[] sampleZip() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : EditionFiles.FILE_NAMES) {
      try (InputStream in = AccessFixture.class.getResourceAsStream("/editions/small/" + name)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ZipArchive.pack(files);
  }

  private long newEdition(boolean open, String first, String last, String opens, String closes) {
    Lokaal admin = parties.as(parties.admin());
    long id =
        id(
            expect(
                201,
                admin.post(
                    "api/editions", Bodies.editionJson("Matrixweek", first, last, opens, closes))));
    if (open) {
      expect(200, admin.post("api/editions/" + id + "/open", ""));
    }
    return id;
  }

  private static long editionNamed(List<JsonObject> editions, String name) {
    return editions.stream()
        .filter(e -> e.getString("name").equals(name))
        .findFirst()
        .map(e -> (long) e.getInt("id"))
        .orElseThrow(() -> new IllegalStateException("no demo edition " + name));
  }
}
