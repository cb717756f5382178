package nl.techniekpact.lokaal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void findsTheEnglishThatReachedDutchPages() {
    assertEquals(1, Wording.faults("pupils must be greater than or equal to 1").size());
    assertTrue(
        Wording.faults("teacherEmail must be a well-formed email address")
            .contains("machine name teacherEmail"));
    assertTrue(
        Wording.faults("slot S00064 takes at most 1 groups, 2 were placed")
            .contains("raw id S00064"));
    assertTrue(Wording.faults("Aangemaakt door admin:1").contains("raw id admin:1"));
    assertTrue(
        Wording.faults("contact.email is verplicht.").contains("machine name contact.email"));
  }

  @Test
  void letsDutchAndGermanAndDataBe() {
    assertEquals(List.of(), Wording.faults("Aantal leerlingen moet minstens 1 zijn."));
    assertEquals(
        List.of(), Wording.faults("Groep 8a kan op donderdag niet, o.a. door de afstand."));
    assertEquals(List.of(), Wording.faults("Die Gruppe ist zu groß für diese Sitzung."));
    assertEquals(List.of(), Wording.faults("Mail naar anne.devries@school.nl of lees lokaal.csv"));
    assertEquals(List.of(), Wording.faults("Welkom bij The Tech Factory", "The Tech Factory"));
    assertEquals(List.of(), Wording.faults("Download het iCalendar-bestand."));
  }
}
