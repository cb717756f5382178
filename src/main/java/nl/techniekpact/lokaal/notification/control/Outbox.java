package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;

/**
 * Writes mail to the outbox within the caller's transaction, and renders it when it is read or
 * delivered. Writing keeps only what the mail is made of (template, language, a snapshot of the
 * variables and calendar events): rendering HTML, text and iCalendar costs milliseconds that a
 * booking would otherwise spend holding its session's lock.
 */
@ApplicationScoped
public class Outbox {

  /**
   * A mail as it leaves: subject, plain text, HTML, the iCalendar object with its METHOD (or
   * nulls), and the address replies go to: the invite's organiser, or null for Lokaal's own sender.
   */
  public record Mail(
      String subject,
      String text,
      String html,
      String calendarMethod,
      String calendar,
      String replyTo) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject MailTemplates templates;
  @Inject MailSettings settings;

  public OutboxMessage add(
      String recipient,
      String template,
      Locale locale,
      Map<String, Object> variables,
      Long regionId) {
    OutboxMessage message = draft(recipient, template, locale, variables, regionId);
    em.persist(message);
    return message;
  }

  /**
   * A mail about the edition with an iCalendar object (method REQUEST or CANCEL) of these events
   * for the recipient's calendar, stamped now. The invite's ORGANIZER is the edition's mailbox, or
   * Lokaal's own sender address when the edition has none.
   */
  public OutboxMessage add(
      String recipient,
      String template,
      Locale locale,
      Map<String, Object> variables,
      Edition edition,
      String calendarMethod,
      List<CalendarEvent> events) {
    OutboxMessage message = draft(recipient, template, locale, variables, edition.region().id());
    String organiser = edition.mailbox().orElseGet(settings::organiserEmail);
    message.withCalendarSnapshot(
        Objects.requireNonNull(calendarMethod, "calendarMethod"),
        Snapshots.calendar(new Snapshots.Calendar(organiser, Instant.now(), events)));
    em.persist(message);
    return message;
  }

  private static OutboxMessage draft(
      String recipient,
      String template,
      Locale locale,
      Map<String, Object> variables,
      Long regionId) {
    return OutboxMessage.draft(
        recipient,
        template,
        MailTemplates.language(locale),
        Snapshots.variables(variables),
        regionId);
  }

  /** The mail as the recipient gets it: rendered from its snapshots, the same however often. */
  public Mail render(OutboxMessage message) {
    if (!message.isDraft()) {
      return new Mail(
          message.subject(),
          message.textBody(),
          message.htmlBody(),
          message.calendarMethod(),
          message.calendar(),
          null);
    }
    MailTemplates.Rendered mail =
        templates.render(
            message.template(),
            Locale.forLanguageTag(message.language()),
            Snapshots.variables(message.variables()));
    String calendar = null;
    String replyTo = null;
    if (message.calendarSnapshot() != null) {
      Snapshots.Calendar snapshot = Snapshots.calendar(message.calendarSnapshot());
      calendar =
          Invites.write(
              message.calendarMethod(), snapshot.organiser(), snapshot.events(), snapshot.stamp());
      replyTo =
          snapshot.organiser().equals(settings.organiserEmail()) ? null : snapshot.organiser();
    }
    return new Mail(
        mail.subject(), mail.text(), mail.html(), message.calendarMethod(), calendar, replyTo);
  }
}
