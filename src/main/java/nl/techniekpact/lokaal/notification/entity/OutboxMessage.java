package nl.techniekpact.lokaal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A mail waiting to be sent, written in the same transaction as the change that causes it, so
 * that no change goes unannounced and no mail announces a change that was rolled back.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.RECENT, query = "select m from OutboxMessage m order by m.id desc")
@NamedQuery(name = OutboxMessage.RECENT_OF_REGION, query = "select m from OutboxMessage m where m.regionId = :region order by m.id desc")
@NamedQuery(
    name = OutboxMessage.DUE,
    query = "select m.id from OutboxMessage m where m.status = nl.techniekpact.lokaal.notification.entity.OutboxMessage.Status.PENDING"
        + " and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(name = OutboxMessage.BY_IDS, query = "select m from OutboxMessage m where m.id in :ids order by m.id")
public class OutboxMessage {

  public static final String RECENT = "OutboxMessage.recent";
  public static final String BY_IDS = "OutboxMessage.byIds";
  public static final String RECENT_OF_REGION = "OutboxMessage.recentOfRegion";
  public static final String DUE = "OutboxMessage.due";
  /** Waits between attempts double from one minute up to this. */
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public enum Status {
    PENDING,
    SENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Lob
  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Lob
  @Column(name = "html_body")
  private String htmlBody;

  /** An iCalendar object sent along (invite, update, cancellation), or null. */
  @Lob
  @Column(name = "calendar")
  private String calendar;

  /** The calendar's METHOD (REQUEST, CANCEL), repeated on the MIME part as Outlook requires. */
  @Column(name = "calendar_method")
  private String calendarMethod;

  /** The organisers who may read it: those of this region (null: administrators only). */
  @Column(name = "region_id")
  private Long regionId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String textBody, String htmlBody, Long regionId) {
    this.recipient = Require.email(recipient, "recipient");
    this.subject = Require.text(subject, "subject", 200);
    this.textBody = Require.present(textBody, "textBody");
    this.htmlBody = htmlBody;
    this.regionId = regionId;
    this.createdAt = Instant.now();
    this.nextAttemptAt = createdAt;
    this.status = Status.PENDING;
  }

  /** Sends an iCalendar object along; its METHOD must be the one given. */
  public OutboxMessage withCalendar(String method, String calendar) {
    if (!calendar.contains("METHOD:" + method + "\r\n")) {
      throw new IllegalArgumentException("the calendar's METHOD is not " + method);
    }
    this.calendarMethod = method;
    this.calendar = calendar;
    return this;
  }

  public void sent(Instant at) {
    status = Status.SENT;
    sentAt = at;
    attempts++;
    lastError = null;
  }

  /** Backs off exponentially: 1, 2, 4 ... minutes, at most an hour. */
  public void failed(Instant at, String error) {
    attempts++;
    long minutes = Math.min(LONGEST_WAIT.toMinutes(), 1L << Math.min(attempts - 1, 10));
    nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
    lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 250));
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public String calendar() {
    return calendar;
  }

  public String calendarMethod() {
    return calendarMethod;
  }

  public Long regionId() {
    return regionId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
