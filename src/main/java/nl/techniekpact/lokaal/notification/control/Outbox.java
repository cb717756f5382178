package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** A mail as it leaves: subject, plain text, HTML, and the iCalendar object with its METHOD (or nulls). */
  public record Mail(String subject, String text, String html, String calendarMethod, String calendar) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject MailTemplates templates;
  @Inject MailSettings settings;

  public OutboxMessage add(String recipient, String template, Locale locale, Map<String, Object> variables, Long regionId) {
    return add(recipient, template, locale, variables, regionId, null, List.of());
  }

  /**
   * A mail with an iCalendar object (method REQUEST or CANCEL) of these events for the recipient's
   * calendar, stamped now; no calendar if the method is null.
   */
  public OutboxMessage add(String recipient, String template, Locale locale, Map<String, Object> variables, Long regionId,
      String calendarMethod, List<CalendarEvent> events) {
    OutboxMessage message =
        OutboxMessage.draft(recipient, template, MailTemplates.language(locale), Snapshots.variables(variables), regionId);
    if (calendarMethod != null) {
      message.withCalendarSnapshot(calendarMethod,
          Snapshots.calendar(new Snapshots.Calendar(settings.organiserEmail(), Instant.now(), events)));
    }
    em.persist(message);
    return message;
  }

  /** The mail as the recipient gets it: rendered from its snapshots, the same however often. */
  public Mail render(OutboxMessage message) {
    if (!message.isDraft()) {
      return new Mail(message.subject(), message.textBody(), message.htmlBody(), message.calendarMethod(), message.calendar());
    }
    MailTemplates.Rendered mail =
        templates.render(message.template(), Locale.forLanguageTag(message.language()), Snapshots.variables(message.variables()));
    String calendar = null;
    if (message.calendarSnapshot() != null) {
      Snapshots.Calendar snapshot = Snapshots.calendar(message.calendarSnapshot());
      calendar = Invites.write(message.calendarMethod(), snapshot.organiser(), snapshot.events(), snapshot.stamp());
    }
    return new Mail(mail.subject(), mail.text(), mail.html(), message.calendarMethod(), calendar);
  }
}
