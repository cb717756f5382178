package nl.techniekpact.lokaal.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

/** A company's visitor list as a CSV file for its spreadsheet. */
class VisitorsCsvTest {

  private static VisitorView visitor(String teacherName, String phone) {
    return new VisitorView(
        1,
        2,
        LocalDate.of(2027, 3, 16),
        LocalTime.of(9, 0),
        LocalTime.of(11, 0),
        3,
        "Metaal, Oost BV",
        "De Klimop",
        "groep 7a",
        Level.PO7,
        24,
        teacherName,
        "juf@klimop.example.nl",
        phone);
  }

  @Test
  void startsWithAHeaderRowInTheLanguageAskedForAndQuotesCommas() {
    String csv = VisitorsCsv.write(List.of(visitor("Juf Jansen", null)), "en");
    assertEquals(
        "date,arrival,end,company,school,group,level,pupils,teacher,e-mail,phone\r\n"
            + "2027-03-16,09:00,11:00,\"Metaal, Oost BV\",De Klimop,groep 7a,groep 7,24,Juf Jansen,juf@klimop.example.nl,\r\n",
        csv);
  }

  @Test
  void writesDutchHeadersForAnUnknownOrMissingLanguage() {
    assertEquals(VisitorsCsv.write(List.of(), "nl"), VisitorsCsv.write(List.of(), "fr"));
    assertEquals(VisitorsCsv.write(List.of(), "nl"), VisitorsCsv.write(List.of(), null));
    assertEquals(
        "datum,aankomst,einde,bedrijf,school,groep,niveau,leerlingen,leerkracht,e-mail,telefoon\r\n",
        VisitorsCsv.write(List.of(), null));
  }

  @Test
  void defusesEveryCellThatASpreadsheetWouldRunAsAFormula() {
    String csv =
        VisitorsCsv.write(
            List.of(visitor("=HYPERLINK(\"http://x\",\"y\")", "+31 6 12345678")), "en");
    assertEquals(
        "2027-03-16,09:00,11:00,\"Metaal, Oost BV\",De Klimop,groep 7a,groep 7,24,"
            + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",juf@klimop.example.nl,'+31 6 12345678\r\n",
        csv.split("\r\n", 2)[1]);
  }
}
