package nl.techniekpact.lokaal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.Violations;
import nl.techniekpact.lokaal.testing.Wording;
import org.junit.jupiter.api.Test;

/**
 * A refusal of the shared checks reads, in each of Lokaal's languages, as a sentence about the
 * form's label, never about the request path.
 */
class RefusalWordingTest {

  private static final Messages DUTCH = Messages.in(Messages.DUTCH);
  private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
  private static final Messages GERMAN = Messages.in(Locale.GERMAN);

  @Test
  void aMalformedEmailAddressIsRefusedByTheFieldsLabelInEachLanguage() {
    InvalidValueException refused = refusal(() -> Require.email("geen-adres", "contact.email"));

    assertEquals("contact.email", refused.field());
    String detail = rendered(refused, DUTCH);
    assertTrue(detail.startsWith("E-mailadres van de contactpersoon"), detail);
    assertEquals(List.of(), Wording.faults(detail, "geen-adres"));
    String english = rendered(refused, ENGLISH);
    String german = rendered(refused, GERMAN);
    assertTrue(english.startsWith("E-mail address of the contact person"), english);
    assertNotEquals(english, german);
  }

  @Test
  void everySharedCheckIsWordedInEachLanguage() {
    List<Supplier<?>> checks =
        List.of(
            () -> Require.present(null, "postcode"),
            () -> Require.text("x".repeat(200), "name", 120),
            () -> Require.range(0, 1, 5, "visitsPerGroup"),
            () -> Require.range(95.0, -90, 90, "lat"),
            () -> new nl.techniekpact.lokaal.platform.entity.Address(null, "ABCD", "Aalten"));
    for (Supplier<?> check : checks) {
      InvalidValueException refused = refusal(check);
      String dutch = rendered(refused, DUTCH);
      String english = rendered(refused, ENGLISH);
      String german = rendered(refused, GERMAN);
      assertEquals(List.of(), Wording.faults(dutch, "ABCD"), dutch);
      assertNotEquals(dutch, english);
      assertNotEquals(german, english);
    }
  }

  @Test
  void aFormsRefusalsComeAtOnce() {
    Violations refused = new Violations();
    refused.check(() -> Require.text(null, "name", 120));
    refused.check(() -> Require.range(9, 1, 5, "visitsPerGroup"));
    InvalidValueException all = refusal(refused::throwIfAny);

    assertEquals(2, all.violations().size());
    assertEquals("visitsPerGroup", all.violations().get(1).field());
    assertEquals("2 velden hebben een andere waarde nodig.", DUTCH.text("invalid.several", 2));
    assertEquals(
        "Bezoeken per groep moet van 1 tot en met 5 zijn, niet 9.",
        DUTCH.refusal(all.violations().get(1)));
  }

  @Test
  void statusesAndImportReasonsAreWordedForTheReader() {
    String dutch = DUTCH.text("edition.cannotOpen", EditionStatus.PUBLISHED);
    assertTrue(dutch.contains("gepubliceerd"), dutch);
    assertTrue(
        GERMAN.text("edition.cannotOpen", EditionStatus.PUBLISHED).contains("veröffentlicht"));

    RowError error =
        RowError.of(
            "slots.csv", 4, "capacity_pupils", "cell.whole", "capacity_pupils", 1, 1000, "veel");
    assertEquals(
        "capacity_pupils must be a whole number from 1 to 1000, not veel.", error.reason());
    assertEquals(List.of(), Wording.faults(error.reason(DUTCH), "veel"), error.reason(DUTCH));
  }

  private static InvalidValueException refusal(Runnable check) {
    return assertThrows(InvalidValueException.class, check::run);
  }

  private static InvalidValueException refusal(Supplier<?> check) {
    return assertThrows(InvalidValueException.class, check::get);
  }

  /** The refusal as {@code Problem.invalid} words its detail: the one field's message. */
  private static String rendered(InvalidValueException refused, Messages messages) {
    assertEquals(1, refused.violations().size());
    return messages.refusal(refused.violations().get(0));
  }
}
