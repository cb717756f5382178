package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.techniekpact.lokaal.access.entity.SignInLinkIssued;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.InvitationSent;

/**
 * Mails sign-in links and invitations, written to the outbox in the transaction that issued them:
 * the mail exists exactly when the link or the invitation does.
 */
@ApplicationScoped
public class AccessMails {

  @Inject Outbox outbox;

  /**
   * The sign-in link mail, or with an edition the one asking to confirm a sign-up for it; that mail
   * names the edition's region when it is not the party's own, as the party cannot join it itself.
   */
  void on(@Observes SignInLinkIssued issued) {
    Map<String, Object> variables =
        new HashMap<>(
            Map.of(
                "name",
                issued.name(),
                "link",
                // The page the link opens speaks the mail's language.
                issued.link() + "&lang=" + MailTemplates.language(issued.locale()),
                "minutes",
                issued.minutes(),
                "region",
                issued.region().name()));
    Edition signedUpFor = issued.signedUpFor();
    if (signedUpFor != null) {
      variables.put("edition", signedUpFor.name());
      variables.put(
          "editionRegion",
          signedUpFor.region().equals(issued.region()) ? null : signedUpFor.region().name());
    }
    outbox.add(
        issued.contact().email(),
        signedUpFor == null ? "sign-in-link" : "confirm-sign-up",
        issued.locale(),
        variables,
        issued.region().id());
  }

  /** An invitation to sign up for the edition, with its period and the last day to do so. */
  void on(@Observes InvitationSent invitation) {
    Edition edition = invitation.edition();
    outbox.add(
        invitation.email(),
        "invitation",
        invitation.locale(),
        Map.of(
            "name",
            invitation.name(),
            "edition",
            edition.name(),
            "firstDay",
            edition.period().firstDay(),
            "lastDay",
            edition.period().lastDay(),
            "closes",
            edition.registration().lastDay(),
            "link",
            invitation.link(),
            "region",
            edition.region().name()),
        edition.region().id());
  }
}
