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
  void defusesTextThatASpreadsheetWouldRunAsAFormula() {
    assertEquals("'=HYPERLINK(\"x\")", VisitorsCsv.text("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", VisitorsCsv.text("@SUM(A1)"));
    assertEquals("'-2+3", VisitorsCsv.text("-2+3"));
    assertEquals("Juf Jansen", VisitorsCsv.text("Juf Jansen"));
  }

  @Test
  void leavesAnInternationalPhoneNumberAsItIs() {
    assertEquals("+31 6 12345678", VisitorsCsv.text("+31 6 12345678"));
    assertEquals("'+31 6 1234=1", VisitorsCsv.text("+31 6 1234=1"));
  }
}
