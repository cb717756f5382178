package nl.techniekpact.lokaal.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkPageTest {

  @ParameterizedTest
  @CsvSource({
    "nl, Inloggen bij Lokaal, Inloggen",
    "en, Sign in to Lokaal, Sign in",
    "de, Bei Lokaal anmelden, Anmelden"
  })
  void theButtonPageSpeaksTheMailsLanguageWithLokaalsHeaderAndStylesheet(
      String language, String title, String button) {
    String page = LinkPage.button("t".repeat(43), "f".repeat(43), Locale.forLanguageTag(language));
    assertTrue(page.contains("<html lang=\"" + language + "\">"), page);
    assertTrue(page.contains("<h1>" + title + "</h1>"), page);
    assertTrue(page.contains("<button type=\"submit\">" + button + "</button>"), page);
    assertTrue(page.contains("href=\"/assets/lokaal.css\""), page);
    assertTrue(page.contains("<header class=\"site\">"), page);
    assertTrue(page.contains("name=\"form\" value=\"" + "f".repeat(43) + "\""), page);
    assertTrue(page.contains("name=\"lang\" value=\"" + language + "\""), page);
    assertFalse(page.contains("style=") || page.contains("<script"), "no inline style or script");
  }

  @Test
  void theLinksLanguageWinsOverTheBrowsersAndAnUnknownOneFallsBack() {
    assertEquals(Locale.GERMAN, LinkPage.language("de", Locale.ENGLISH));
    assertEquals(Locale.ENGLISH, LinkPage.language("fr", Locale.ENGLISH));
    assertEquals(Locale.ENGLISH, LinkPage.language(null, Locale.ENGLISH));
    assertEquals("nl", LinkPage.language("<script>", null).getLanguage());
  }

  @Test
  void theRefusalPagesSpeakTheLanguageToo() {
    assertTrue(LinkPage.expired(Locale.ENGLISH).contains("Ask for a new sign-in link"));
    assertTrue(LinkPage.openAgain(Locale.GERMAN).contains("Öffnen Sie den Link erneut"));
  }
}
