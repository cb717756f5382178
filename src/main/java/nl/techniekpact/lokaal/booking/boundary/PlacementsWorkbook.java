package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.control.Workbooks.date;
import static nl.techniekpact.lokaal.platform.control.Workbooks.number;
import static nl.techniekpact.lokaal.platform.control.Workbooks.text;
import static nl.techniekpact.lokaal.platform.control.Workbooks.time;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.booking.entity.GroupStatus;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;

/**
 * Where an edition's class groups stand, as a one-sheet workbook: a row per group and visit (a
 * group without a visit has one row with the visit's cells empty), the day as a date, the times as
 * times, the pupils as numbers, and a header row and statuses in Dutch, English or German.
 */
final class PlacementsWorkbook {

  /** A group with one of its visits, or with none. */
  record Row(PlacementView placement, BookingView visit) {}

  private record Words(String sheet, List<String> header, Map<GroupStatus, String> statuses) {}

  private static final Map<String, Words> WORDS =
      Map.of(
          "nl",
          new Words(
              "plaatsingen",
              List.of(
                  "school",
                  "groep",
                  "niveau",
                  "leerlingen",
                  "status",
                  "datum",
                  "begin",
                  "einde",
                  "plaats",
                  "adres",
                  "geboekte plaatsen",
                  "link"),
              Map.of(
                  GroupStatus.REGISTERED, "aangemeld",
                  GroupStatus.PLACED, "ingedeeld",
                  GroupStatus.WAITING, "wachtend")),
          "en",
          new Words(
              "placements",
              List.of(
                  "school",
                  "group",
                  "level",
                  "pupils",
                  "status",
                  "date",
                  "start",
                  "end",
                  "place",
                  "address",
                  "booked seats",
                  "link"),
              Map.of(
                  GroupStatus.REGISTERED, "registered",
                  GroupStatus.PLACED, "placed",
                  GroupStatus.WAITING, "waiting")),
          "de",
          new Words(
              "Platzierungen",
              List.of(
                  "Schule",
                  "Gruppe",
                  "Jahrgang",
                  "Schüler",
                  "Status",
                  "Datum",
                  "Beginn",
                  "Ende",
                  "Ort",
                  "Adresse",
                  "gebuchte Plätze",
                  "Link"),
              Map.of(
                  GroupStatus.REGISTERED, "angemeldet",
                  GroupStatus.PLACED, "eingeteilt",
                  GroupStatus.WAITING, "wartend")));

  private PlacementsWorkbook() {}

  static Sheet<Row> sheet(List<PlacementView> placements, String language) {
    Words words = WORDS.getOrDefault(language == null ? "nl" : language, WORDS.get("nl"));
    List<String> h = words.header();
    return new Sheet<>(
        words.sheet(),
        List.of(
            text(h.get(0), r -> r.placement().school()),
            text(h.get(1), r -> r.placement().group()),
            text(h.get(2), r -> r.placement().level().dutchName()),
            number(h.get(3), r -> r.placement().pupils()),
            text(h.get(4), r -> words.statuses().get(r.placement().status())),
            date(h.get(5), r -> r.visit() == null ? null : r.visit().date()),
            time(h.get(6), r -> r.visit() == null ? null : r.visit().start()),
            time(h.get(7), r -> r.visit() == null ? null : r.visit().end()),
            text(h.get(8), r -> r.visit() == null ? null : r.visit().place()),
            text(h.get(9), r -> r.visit() == null ? null : r.visit().address()),
            number(h.get(10), r -> r.visit() == null ? null : r.visit().pupils()),
            text(h.get(11), r -> r.visit() == null ? null : r.visit().joinLink())),
        rows(placements));
  }

  static List<Row> rows(List<PlacementView> placements) {
    return placements.stream()
        .flatMap(
            p ->
                p.bookings().isEmpty()
                    ? Stream.of(new Row(p, null))
                    : p.bookings().stream().map(b -> new Row(p, b)))
        .toList();
  }
}
