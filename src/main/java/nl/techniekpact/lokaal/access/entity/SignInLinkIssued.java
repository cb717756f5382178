package nl.techniekpact.lokaal.access.entity;

import java.util.Locale;
import java.util.Objects;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Contact;

/**
 * A single-use sign-in link was issued for a school's or company's contact, valid for {@code
 * minutes}. With {@code signedUpFor}, someone signed the party up for that edition and the link
 * confirms it. Fired inside the transaction that issued the link; the notification feature mails it
 * there.
 *
 * @param name the school's or company's name
 * @param region the party's own region
 * @param locale the language to write in: the contact's own, else the request's
 * @param signedUpFor the edition the party was signed up for, or null for a plain sign-in link
 */
public record SignInLinkIssued(
    Contact contact,
    String name,
    Region region,
    Locale locale,
    String link,
    int minutes,
    Edition signedUpFor) {

  public SignInLinkIssued {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(link, "link");
  }
}
