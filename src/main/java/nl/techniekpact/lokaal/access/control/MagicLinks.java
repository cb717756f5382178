package nl.techniekpact.lokaal.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.access.entity.SignInLinkIssued;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.school.entity.School;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends schools and companies a single-use sign-in link: issues it and fires {@link
 * SignInLinkIssued}, which the notification feature mails in the same transaction.
 */
@ApplicationScoped
public class MagicLinks {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  private static final Logger LOG = Logger.getLogger(MagicLinks.class.getName());

  /** Long enough for the answer to leave before the look-up and the mail take the processor. */
  private static final long AFTER_THE_ANSWER_MS = 50;

  @Inject Sessions sessions;
  @Inject Event<SignInLinkIssued> links;
  @Resource ManagedScheduledExecutorService background;

  /** Self, through the container, so that the background work gets a transaction of its own. */
  @Inject MagicLinks self;

  @Inject
  @ConfigProperty(name = "lokaal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "lokaal.magic-link.minutes", defaultValue = "60")
  int minutes;

  /**
   * As {@link #sendTo}, a moment after the caller's answer has gone: how long a request takes then
   * tells nothing about whether the address is known, not even through the work it leaves.
   */
  public void sendLater(String email, Locale locale) {
    background.schedule(
        () -> {
          try {
            self.sendTo(email, locale);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A requested sign-in link could not be written", e);
          }
        },
        AFTER_THE_ANSWER_MS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * A link for every school and company with this contact address; none if the address is unknown.
   */
  @Transactional
  public void sendTo(String email, Locale locale) {
    em.createNamedQuery(School.BY_CONTACT_EMAIL, School.class)
        .setParameter("email", email)
        .getResultList()
        .forEach(s -> send(s, locale));
    em.createNamedQuery(Company.BY_CONTACT_EMAIL, Company.class)
        .setParameter("email", email)
        .getResultList()
        .forEach(c -> send(c, locale));
  }

  public void send(School school, Locale locale) {
    issue(Role.SCHOOL, school.id(), school.contact(), school.name(), school.region(), locale, null);
  }

  public void send(Company company, Locale locale) {
    issue(
        Role.COMPANY,
        company.id(),
        company.contact(),
        company.name(),
        company.region(),
        locale,
        null);
  }

  /**
   * A link for the school's contact on file, saying that someone signed the school up for the
   * edition and that it takes part once they confirm, signed in.
   */
  public void sendSignUp(School school, Edition edition, Locale locale) {
    issue(
        Role.SCHOOL,
        school.id(),
        school.contact(),
        school.name(),
        school.region(),
        locale,
        edition);
  }

  /** As {@link #sendSignUp(School, Edition, Locale)}, for a company. */
  public void sendSignUp(Company company, Edition edition, Locale locale) {
    issue(
        Role.COMPANY,
        company.id(),
        company.contact(),
        company.name(),
        company.region(),
        locale,
        edition);
  }

  /** The contact's own language if they chose one, else the language of the request. */
  private static Locale preferred(Contact contact, Locale requested) {
    return contact.language() != null ? contact.locale() : requested;
  }

  /** Issues the link, for the sign-in link mail or, with an edition, the sign-up's confirmation. */
  private void issue(
      Role role,
      long id,
      Contact contact,
      String name,
      Region region,
      Locale locale,
      Edition signedUpFor) {
    String link =
        baseUrl.replaceAll("/+$", "")
            + "/api/session/link?token="
            + sessions.issueLink(role, id, contact.email());
    links.fire(
        new SignInLinkIssued(
            contact, name, region, preferred(contact, locale), link, minutes, signedUpFor));
  }
}
