package nl.techniekpact.lokaal.booking.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a visitor list as RFC 4180 CSV with a header row, for a company's spreadsheet. */
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

  /** A telephone number such as +31 6 12345678 is text a spreadsheet shows as it is. */
  private static final Pattern PHONE = Pattern.compile("\\+[0-9 ()/-]+");

  private VisitorsCsv() {}

  static String write(List<VisitorView> visitors, String language) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(
          HEADERS.getOrDefault(language == null ? "nl" : language, HEADERS.get("nl")));
      for (VisitorView v : visitors) {
        printer.printRecord(
            v.date(),
            v.arrival(),
            v.end(),
            text(v.company()),
            text(v.school()),
            text(v.group()),
            v.level().dutchName(),
            v.pupils(),
            text(v.teacherName()),
            text(v.teacherEmail()),
            text(v.teacherPhone()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Text typed by schools and companies, defused: a spreadsheet would run a cell starting with =,
   * +, - or @ as a formula, so such a cell starts with an apostrophe (OWASP's advice for CSV
   * injection).
   */
  static String text(String cell) {
    if (cell == null || cell.isEmpty() || PHONE.matcher(cell).matches()) {
      return cell;
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
