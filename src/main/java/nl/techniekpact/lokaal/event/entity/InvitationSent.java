package nl.techniekpact.lokaal.event.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * An organiser invited someone Lokaal does not know yet by that address to sign up for the edition
 * at {@code link}. Fired inside the invitation's transaction; the notification feature mails the
 * invitation there.
 */
public record InvitationSent(
    Edition edition, String email, String name, Locale locale, String link) {

  public InvitationSent {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(link, "link");
  }
}
