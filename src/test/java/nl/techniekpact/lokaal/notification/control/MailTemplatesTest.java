package nl.techniekpact.lokaal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();
  final Map<String, Object> signIn =
      Map.of(
          "name",
          "OBS <De Regenboog>",
          "link",
          "https://lokaal.example.nl/api/session/link?token=abc",
          "minutes",
          60,
          "region",
          "Techniekpact Achterhoek");

  @ParameterizedTest
  @CsvSource({
    "nl, Uw inloglink voor Lokaal",
    "en, Your sign-in link for Lokaal",
    "de, Ihr Anmeldelink für Lokaal"
  })
  void rendersTheSignInLinkInEachLanguage(String language, String subject) {
    MailTemplates.Rendered mail =
        templates.render("sign-in-link", Locale.forLanguageTag(language), signIn);
    assertEquals(subject, mail.subject());
    assertTrue(
        mail.text().contains("https://lokaal.example.nl/api/session/link?token=abc"), mail.text());
    assertTrue(
        mail.html().contains("href=\"https://lokaal.example.nl/api/session/link?token=abc\""),
        mail.html());
    assertTrue(mail.html().contains("lang=\"" + language + "\""));
  }

  @Test
  void escapesNamesInHtml() {
    MailTemplates.Rendered mail =
        templates.render("sign-in-link", Locale.forLanguageTag("nl"), signIn);
    assertTrue(mail.html().contains("OBS &lt;De Regenboog&gt;"), mail.html());
    assertFalse(mail.html().contains("<De Regenboog>"));
  }

  @Test
  void fallsBackToDutchForOtherLanguages() {
    assertEquals(
        "Uw inloglink voor Lokaal",
        templates.render("sign-in-link", Locale.FRENCH, signIn).subject());
    assertEquals("nl", MailTemplates.language(null));
  }

  @ParameterizedTest
  @CsvSource({"nl", "en", "de"})
  void rendersTheInvitationInEachLanguage(String language) {
    MailTemplates.Rendered mail =
        templates.render(
            "invitation",
            Locale.forLanguageTag(language),
            Map.of(
                "name",
                "Bouwbedrijf Te Brake",
                "edition",
                "Week van de Techniek 2027",
                "period",
                "2027-03-15 – 2027-03-19",
                "closes",
                "2027-02-26",
                "link",
                "https://lokaal.example.nl/edities/1/aanmelden?als=bedrijf",
                "region",
                "Techniekpact Achterhoek"));
    assertTrue(mail.subject().contains("Week van de Techniek 2027"), mail.subject());
    assertTrue(
        mail.text().contains("2027-02-26") && mail.text().contains("/edities/1/aanmelden"),
        mail.text());
  }

  @ParameterizedTest
  @CsvSource({
    "nl, Bevestig de aanmelding van OBS De Regenboog voor Week van de Techniek 2027, bevestig",
    "en, Confirm the sign-up of OBS De Regenboog for Week van de Techniek 2027, confirm",
    "de, Bestätigen Sie die Anmeldung von OBS De Regenboog für Week van de Techniek 2027, bestätigen"
  })
  void asksAKnownContactToConfirmASignUpInEachLanguage(
      String language, String subject, String confirm) {
    MailTemplates.Rendered mail =
        templates.render("confirm-sign-up", Locale.forLanguageTag(language), signUp(null));
    assertEquals(subject, mail.subject());
    assertTrue(mail.text().contains(confirm), mail.text());
    assertTrue(
        mail.text().contains("https://lokaal.example.nl/api/session/link?token=abc"), mail.text());
    assertTrue(mail.html().contains(confirm), mail.html());
    assertTrue(
        mail.html().contains("href=\"https://lokaal.example.nl/api/session/link?token=abc\""),
        mail.html());
  }

  @Test
  void aSignUpForAnotherRegionsEditionNamesThatRegionInsteadOfAskingToConfirm() {
    MailTemplates.Rendered mail =
        templates.render(
            "confirm-sign-up", Locale.forLanguageTag("nl"), signUp("Techniekpact De Liemers"));
    assertTrue(mail.text().contains("activiteit van Techniekpact De Liemers"), mail.text());
    assertFalse(mail.text().contains("bevestig de aanmelding op uw pagina"), mail.text());
    assertTrue(mail.html().contains("activiteit van <span>Techniekpact De Liemers</span>"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nl | Gewijzigd: 7 werelden, maandag 8 februari 2027, 09:30 | maandag 8 februari 2027, 09:30–11:00",
        "en | Changed: 7 werelden, Monday 8 February 2027, 09:30 | Monday 8 February 2027, 09:30–11:00",
        "de | Geändert: 7 werelden, Montag, 8. Februar 2027, 09:30 | Montag, 8. Februar 2027, 09:30–11:00"
      })
  void writesTheVisitsDayAndTimesAsPeopleDoInTheirLanguage(
      String language, String subject, String when) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", "changed");
    variables.put("name", "Meester Jan");
    variables.put("edition", "7 werelden");
    variables.put("group", "groep 7a");
    variables.put("school", "OBS De Regenboog");
    variables.put("date", java.time.LocalDate.of(2027, 2, 8));
    variables.put("start", java.time.LocalTime.of(9, 30));
    variables.put("end", java.time.LocalTime.of(11, 0));
    variables.put("place", "Amphion");
    variables.put("pupils", 24);
    variables.put("link", "https://lokaal.example.nl/school.html");
    variables.put("region", "Techniekpact Achterhoek");
    MailTemplates.Rendered mail =
        templates.render("booking", Locale.forLanguageTag(language), variables);
    assertEquals(subject, mail.subject());
    assertTrue(mail.text().contains(when), mail.text());
    assertTrue(mail.html().contains(when), mail.html());
    assertFalse(mail.text().contains("2027-02-08"), mail.text());
  }

  @Test
  void writesTheInvitationsPeriodAndLastDayInWords() {
    MailTemplates.Rendered mail =
        templates.render(
            "invitation",
            Locale.forLanguageTag("nl"),
            Map.of(
                "name",
                "Bouwbedrijf Te Brake",
                "edition",
                "Week van de Techniek 2027",
                "firstDay",
                java.time.LocalDate.of(2027, 3, 15),
                "lastDay",
                java.time.LocalDate.of(2027, 3, 19),
                "closes",
                java.time.LocalDate.of(2027, 2, 26),
                "link",
                "https://lokaal.example.nl/edities/1/aanmelden?als=bedrijf",
                "region",
                "Techniekpact Achterhoek"));
    assertTrue(
        mail.text().contains("(maandag 15 maart 2027 – vrijdag 19 maart 2027)")
            && mail.text().contains("tot en met vrijdag 26 februari 2027"),
        mail.text());
    assertTrue(mail.html().contains("maandag 15 maart 2027 – vrijdag 19 maart 2027"), mail.html());
  }

  private static Map<String, Object> signUp(String editionRegion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("name", "OBS De Regenboog");
    variables.put("link", "https://lokaal.example.nl/api/session/link?token=abc");
    variables.put("minutes", 60);
    variables.put("region", "Techniekpact Achterhoek");
    variables.put("edition", "Week van de Techniek 2027");
    variables.put("editionRegion", editionRegion);
    return variables;
  }
}
