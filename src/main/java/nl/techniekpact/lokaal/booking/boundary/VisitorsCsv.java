package nl.techniekpact.lokaal.booking.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a visitor list as RFC 4180 CSV with a header row, for a company's spreadsheet; {@link
 * CsvCells} defuses every cell.
 */
final class VisitorsCsv {

  private static final Map<String, List<String>> HEADERS =
      Map.of(
          "nl",
              List.of(
                  "datum",
                  "aankomst",
                  "einde",
                  "bedrijf",
                  "school",
                  "groep",
                  "niveau",
                  "leerlingen",
                  "leerkracht",
                  "e-mail",
                  "telefoon"),
          "en",
              List.of(
                  "date", "arrival", "end", "company", "school", "group", "level", "pupils",
                  "teacher", "e-mail", "phone"),
          "de",
              List.of(
                  "Datum",
                  "Ankunft",
                  "Ende",
                  "Unternehmen",
                  "Schule",
                  "Gruppe",
                  "Jahrgang",
                  "Schüler",
                  "Lehrkraft",
                  "E-Mail",
                  "Telefon"));

  private VisitorsCsv() {}

  /** The header row in the language asked for (nl, en or de); Dutch for any other or none. */
  static List<String> header(String language) {
    return HEADERS.getOrDefault(language == null ? "nl" : language, HEADERS.get("nl"));
  }

  static String write(List<VisitorView> visitors, String language) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.printRecord(printer, header(language));
      for (VisitorView v : visitors) {
        CsvCells.printRecord(
            printer,
            v.date(),
            v.arrival(),
            v.end(),
            v.company(),
            v.school(),
            v.group(),
            v.level().dutchName(),
            v.pupils(),
            v.teacherName(),
            v.teacherEmail(),
            v.teacherPhone());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
