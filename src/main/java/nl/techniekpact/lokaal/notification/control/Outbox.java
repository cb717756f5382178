package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;

/** Writes rendered mail to the outbox within the caller's transaction; the sender delivers it later. */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject MailTemplates templates;

  public OutboxMessage add(String recipient, String template, Locale locale, Map<String, Object> variables, Long regionId) {
    return add(recipient, template, locale, variables, regionId, null, null);
  }

  /** A mail with an iCalendar object (method REQUEST or CANCEL) for the recipient's calendar. */
  public OutboxMessage add(String recipient, String template, Locale locale, Map<String, Object> variables, Long regionId,
      String calendarMethod, String calendar) {
    MailTemplates.Rendered mail = templates.render(template, locale, variables);
    OutboxMessage message = new OutboxMessage(recipient, mail.subject(), mail.text(), mail.html(), regionId);
    if (calendar != null) {
      message.withCalendar(calendarMethod, calendar);
    }
    em.persist(message);
    return message;
  }
}
