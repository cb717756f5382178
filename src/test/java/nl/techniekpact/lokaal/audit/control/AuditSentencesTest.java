package nl.techniekpact.lokaal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.audit.entity.AuditEntry;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.testing.Wording;
import org.junit.jupiter.api.Test;

class AuditSentencesTest {

  private static final Messages DUTCH = Messages.in(Messages.DUTCH);
  private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
  private static final AuditSentences.Actor ANNE = new AuditSentences.Actor("Anne", "organisator");

  private static AuditEntry entry(String action, Object... arguments) {
    return new AuditEntry(
        1, 1L, "organiser:3", action, "edition 1", "old", AuditArguments.write(List.of(arguments)));
  }

  @Test
  void anEntryReadsAsTheSentenceOfItsActionWithItsArgumentsWorded() {
    String sentence =
        AuditSentences.sentence(
            entry("group.registered", "groep 7a", "De Regenboog (Doetinchem)", Level.PO7, 24L),
            ANNE,
            DUTCH);

    assertEquals(
        "Anne (organisator) meldde groep 7a van De Regenboog (Doetinchem) aan (groep 7, 24"
            + " leerlingen).",
        sentence);
  }

  @Test
  void datesTimesAndPhrasesAreWordedInTheReadersLanguage() {
    AuditEntry slot =
        entry(
            "slot.withdrawn", "Bakker BV", LocalDate.of(2027, 2, 8), LocalTime.of(9, 30), "extra");
    AuditEntry imported = entry("edition.imported", ImportMode.MERGE, 1, 2, 3, 4);

    assertEquals(
        "Anne (organisator) trok het tijdslot bij Bakker BV op 8 februari 2027 om 9:30 in.",
        AuditSentences.sentence(slot, ANNE, DUTCH));
    assertTrue(
        AuditSentences.sentence(imported, ANNE, ENGLISH).contains("(merge)"),
        AuditSentences.sentence(imported, ANNE, ENGLISH));
    assertEquals(List.of(), Wording.faults(AuditSentences.sentence(imported, ANNE, DUTCH)));
  }

  @Test
  void anActionWithoutAMessageReadsAsANeutralSentenceNotItsName() {
    String sentence = AuditSentences.sentence(entry("allocation.unheard-of", 3), ANNE, DUTCH);

    assertEquals("Anne (organisator) legde een wijziging vast.", sentence);
  }

  @Test
  void anEntryFromBeforeSentencesShowsWhatWasStoredWhenItsMessageNeedsMore() {
    AuditEntry old =
        new AuditEntry(1, 1L, "organiser:3", "group.withdrawn", "group G1", "7a", null);
    AuditEntry opened =
        new AuditEntry(1, 1L, "organiser:3", "edition.opened", "edition 1", null, null);

    assertEquals(
        "Anne (organisator) legde een wijziging vast: 7a",
        AuditSentences.sentence(old, ANNE, DUTCH));
    assertEquals(
        "Anne (organisator) opende de aanmelding.", AuditSentences.sentence(opened, ANNE, DUTCH));
  }
}
