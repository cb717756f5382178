package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;

/**
 * Delivers outbox messages in small batches, one transaction per batch: lock the batch's rows, hand
 * each message to SMTP, mark it sent (or failed, with back-off), commit. If the process dies after
 * the SMTP server accepted a message and before its batch commits, that message is sent again after
 * restart: this window (at most one batch, {@link #BATCH} messages, well under a second) is the
 * only way a message goes out twice. A smaller batch narrows it at the cost of throughput.
 *
 * <p>Mail to one recipient leaves in the order it was written (a change before its cancellation): a
 * message is sent only when no earlier message to the same recipient is unsent, as the database
 * says inside the batch's transaction. That holds across connections, rounds, retries and several
 * nodes sharing the database; an earlier message that failed holds back the later ones until it is
 * sent.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

  /** A due message and whom it goes to. */
  public record Due(long id, String recipient) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject MailSettings settings;
  @Inject Outbox outbox;

  /** Due messages in the order they were written; see {@link OutboxMessage#DUE}. */
  public List<Due> due(int max) {
    return em
        .createNamedQuery(OutboxMessage.DUE, Object[].class)
        .setParameter("now", Instant.now())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(row -> new Due(((Number) row[0]).longValue(), (String) row[1]))
        .toList();
  }

  public static final int BATCH = 25;

  /**
   * Sends the messages over the open connection in one transaction; returns how many were accepted.
   * Recipients in {@code held} are skipped: an earlier message to them is still unsent. Whoever's
   * message fails or waits for an earlier one is added to it, so that the caller's next batch skips
   * them too.
   */
  public int deliver(List<Long> ids, Transport transport, Set<String> held) {
    List<OutboxMessage> batch =
        em.createNamedQuery(OutboxMessage.BY_IDS, OutboxMessage.class)
            .setParameter("ids", ids)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    RecipientOrder order = new RecipientOrder(unsentBefore(batch), held);
    int sent = 0;
    for (OutboxMessage message : batch) {
      if (message.status() != OutboxMessage.Status.PENDING) {
        continue;
      }
      if (!order.mayGo(message.id(), message.recipient())) {
        // An earlier message to this person is unsent (failed, not yet due, or in another
        // connection's or node's hands): this one waits for the next round, without an attempt.
        continue;
      }
      if (deliver(message, transport)) {
        order.sent(message.recipient());
        sent++;
      } else {
        order.failed(message.recipient());
        if (!transport.isConnected()) {
          // The connection is gone: the rest of the batch waits for the next round, without a
          // failed attempt.
          break;
        }
      }
    }
    return sent;
  }

  /** The unsent messages of the batch's recipients up to the batch's last, in the order written. */
  private List<Due> unsentBefore(List<OutboxMessage> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Set<String> recipients = new HashSet<>();
    batch.forEach(m -> recipients.add(m.recipient()));
    return em
        .createNamedQuery(OutboxMessage.PENDING_BEFORE, Object[].class)
        .setParameter("recipients", recipients)
        .setParameter("last", batch.get(batch.size() - 1).id())
        .getResultList()
        .stream()
        .map(row -> new Due(((Number) row[0]).longValue(), (String) row[1]))
        .toList();
  }

  // Asks transport.isConnected() only after a failure: it costs a NOOP round trip to the server.
  private boolean deliver(OutboxMessage message, Transport transport) {
    long id = message.id();
    try {
      MimeMessage mime = mime(message);
      mime.saveChanges();
      transport.sendMessage(mime, mime.getAllRecipients());
      message.sent(Instant.now());
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.warning(
          () ->
              "Mail "
                  + id
                  + " to "
                  + message.recipient()
                  + " not delivered (attempt "
                  + (message.attempts() + 1)
                  + "): "
                  + e.getMessage());
      message.failed(Instant.now(), e.getMessage());
      return false;
    }
  }

  /** No connection to the SMTP server: every due message waits for its next attempt. */
  public void unreachable(List<Long> ids, String error) {
    for (long id : ids) {
      OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (message != null && message.status() == OutboxMessage.Status.PENDING) {
        message.failed(Instant.now(), error);
      }
    }
  }

  private MimeMessage mime(OutboxMessage message) throws MessagingException {
    Outbox.Mail mail = outbox.render(message);
    MimeMessage mime = new MimeMessage(settings.session());
    mime.setFrom(new InternetAddress(settings.from()));
    if (mail.replyTo() != null) {
      // Replies to an invite (or its accept/decline) reach the edition's organisers, not Lokaal's
      // sender.
      mime.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo())});
    }
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient()));
    mime.setSubject(mail.subject(), "UTF-8");
    mime.setSentDate(new Date());
    mime.setHeader("X-Lokaal-Message", String.valueOf(message.id()));
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    alternative.addBodyPart(text);
    if (mail.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), "UTF-8", "html");
      alternative.addBodyPart(html);
    }
    if (mail.calendar() == null) {
      mime.setContent(alternative);
      return mime;
    }
    // multipart/mixed { multipart/alternative { text, html, text/calendar; method=M }, invite.ics
    // }:
    // Outlook and Gmail read the inline part, other clients offer the attachment.
    String calendarType = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
    MimeBodyPart inline = new MimeBodyPart();
    inline.setContent(mail.calendar(), calendarType);
    inline.setHeader("Content-Type", calendarType);
    alternative.addBodyPart(inline);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setContent(mail.calendar(), "application/ics; name=\"invite.ics\"");
    attachment.setHeader("Content-Type", "application/ics; name=\"invite.ics\"");
    attachment.setFileName("invite.ics");
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(attachment);
    mime.setContent(mixed);
    return mime;
  }
}
