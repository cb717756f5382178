package nl.techniekpact.lokaal.notification.control;

import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.Fixtures.liemers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.access.entity.SignInLinkIssued;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.InvitationSent;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;
import nl.techniekpact.lokaal.platform.entity.Contact;
import org.junit.jupiter.api.Test;

/** Sign-in links and invitations become one outbox mail each, with what their templates use. */
class AccessMailsTest {

  private record Written(
      String recipient, String template, Locale locale, Map<String, Object> variables) {}

  private final List<Written> written = new ArrayList<>();
  private final AccessMails mails = new AccessMails();
  private final Edition show = edition(EditionKind.SHOW);
  private final Contact contact = Contact.byEmail("info@klimop.example.nl");

  AccessMailsTest() {
    mails.outbox =
        new Outbox() {
          @Override
          public OutboxMessage add(
              String recipient,
              String template,
              Locale locale,
              Map<String, Object> variables,
              Long regionId) {
            written.add(new Written(recipient, template, locale, new HashMap<>(variables)));
            return null;
          }
        };
  }

  @Test
  void aSignInLinkIsMailedToTheContactInTheLanguageChosen() {
    mails.on(link(null));

    Written mail = written.get(0);
    assertEquals(1, written.size());
    assertEquals("info@klimop.example.nl", mail.recipient());
    assertEquals("sign-in-link", mail.template());
    assertEquals(Locale.ENGLISH, mail.locale());
    assertEquals(
        Map.of(
            "name", "De Klimop",
            "link", "http://lokaal/api/session/link?token=t&lang=en",
            "minutes", 60,
            "region", "Achterhoek"),
        mail.variables());
  }

  @Test
  void aSignUpIsConfirmedThroughALinkThatNamesTheEdition() {
    mails.on(link(show));

    Written mail = written.get(0);
    assertEquals("confirm-sign-up", mail.template());
    assertEquals(show.name(), mail.variables().get("edition"));
    assertNull(mail.variables().get("editionRegion"), "the party's own region goes unsaid");
    assertEquals(6, mail.variables().size());
  }

  @Test
  void aSignUpForAnEditionOfAnotherRegionNamesThatRegion() {
    mails.on(
        new SignInLinkIssued(
            contact, "De Klimop", liemers(), Locale.ENGLISH, "http://lokaal/x", 60, show));

    assertEquals("Achterhoek", written.get(0).variables().get("editionRegion"));
  }

  @Test
  void anInvitationToSignUpIsMailedWithTheEditionsPeriodAndLastDay() {
    mails.on(new InvitationSent(show, "nieuw@school.example.nl", "Nieuw", Locale.GERMAN, "l"));

    Written mail = written.get(0);
    assertEquals("nieuw@school.example.nl", mail.recipient());
    assertEquals("invitation", mail.template());
    assertEquals(Locale.GERMAN, mail.locale());
    assertEquals(
        Map.of(
            "name",
            "Nieuw",
            "edition",
            show.name(),
            "firstDay",
            show.period().firstDay(),
            "lastDay",
            show.period().lastDay(),
            "closes",
            show.registration().lastDay(),
            "link",
            "l",
            "region",
            "Achterhoek"),
        mail.variables());
  }

  private SignInLinkIssued link(Edition signedUpFor) {
    return new SignInLinkIssued(
        contact,
        "De Klimop",
        show.region(),
        Locale.ENGLISH,
        "http://lokaal/api/session/link?token=t",
        60,
        signedUpFor);
  }
}
