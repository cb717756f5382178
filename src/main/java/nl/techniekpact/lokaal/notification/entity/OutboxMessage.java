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
 * A mail waiting to be sent, written in the same transaction as the change that causes it, so that
 * no change goes unannounced and no mail announces a change that was rolled back. It is written as
 * a draft: its template, language and a snapshot of what it tells (variables and calendar events,
 * as JSON), rendered only when delivered, outside the change's transaction and its locks. Rows
 * written before drafts existed carry their rendered text instead.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.RECENT, query = "select m from OutboxMessage m order by m.id desc")
@NamedQuery(
    name = OutboxMessage.RECENT_OF_REGION,
    query = "select m from OutboxMessage m where m.regionId = :region order by m.id desc")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m.id, m.recipient from OutboxMessage m where m.status = "
            + OutboxMessage.PENDING
            + " and m.nextAttemptAt <= :now and not exists (select w.id from OutboxMessage w"
            + " where w.status = "
            + OutboxMessage.PENDING
            + " and w.nextAttemptAt > :now and w.recipient = m.recipient and w.id < m.id)"
            + " order by m.id")
@NamedQuery(
    name = OutboxMessage.PENDING_BEFORE,
    query =
        "select m.id, m.recipient from OutboxMessage m where m.status = "
            + OutboxMessage.PENDING
            + " and m.recipient in :recipients and m.id <= :last order by m.id")
@NamedQuery(
    name = OutboxMessage.BY_IDS,
    query = "select m from OutboxMessage m where m.id in :ids order by m.id")
public class OutboxMessage {

  public static final String RECENT = "OutboxMessage.recent";
  public static final String BY_IDS = "OutboxMessage.byIds";
  public static final String RECENT_OF_REGION = "OutboxMessage.recentOfRegion";

  /**
   * Due messages (id, recipient) in the order they were written, leaving out those written after an
   * earlier message to the same recipient that waits for a retry: mail to one person arrives in the
   * order it was written.
   */
  public static final String DUE = "OutboxMessage.due";

  /** Unsent messages (id, recipient) to these recipients, up to message {@code last}, in order. */
  public static final String PENDING_BEFORE = "OutboxMessage.pendingBefore";

  static final String PENDING =
      "nl.techniekpact.lokaal.notification.entity.OutboxMessage.Status.PENDING";

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

  /** The mail template to render, or null for a mail rendered when written. */
  @Column(name = "template")
  private String template;

  /** The language to render in: nl, en or de. */
  @Column(name = "language")
  private String language;

  /** The template's variables at the time of the change, as JSON. */
  @Lob
  @Column(name = "variables")
  private String variables;

  /** The calendar's organiser, DTSTAMP and events at the time of the change, as JSON; or null. */
  @Lob
  @Column(name = "calendar_snapshot")
  private String calendarSnapshot;

  @Column(name = "subject")
  private String subject;

  @Lob
  @Column(name = "text_body")
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

  private OutboxMessage(String recipient, Long regionId) {
    this.recipient = Require.email(recipient, "recipient");
    this.regionId = regionId;
    this.createdAt = Instant.now();
    this.nextAttemptAt = createdAt;
    this.status = Status.PENDING;
  }

  /** A mail rendered already. */
  public OutboxMessage(
      String recipient, String subject, String textBody, String htmlBody, Long regionId) {
    this(recipient, regionId);
    this.subject = Require.text(subject, "subject", 200);
    this.textBody = Require.present(textBody, "textBody");
    this.htmlBody = htmlBody;
  }

  /** A mail to render from the template when it is delivered, with the variables' JSON snapshot. */
  public static OutboxMessage draft(
      String recipient, String template, String language, String variables, Long regionId) {
    OutboxMessage message = new OutboxMessage(recipient, regionId);
    message.template = Require.text(template, "template", 60);
    message.language = Require.text(language, "language", 2);
    message.variables = Require.present(variables, "variables");
    return message;
  }

  /**
   * Sends an iCalendar object along, written with this METHOD from the snapshot when the mail is
   * rendered.
   */
  public OutboxMessage withCalendarSnapshot(String method, String snapshot) {
    if (!isDraft()) {
      throw new IllegalStateException("only a draft takes a calendar snapshot");
    }
    this.calendarMethod = Require.text(method, "calendarMethod", 10);
    this.calendarSnapshot = Require.present(snapshot, "calendarSnapshot");
    return this;
  }

  /** Whether this mail is rendered when delivered (from template, language and snapshots). */
  public boolean isDraft() {
    return template != null;
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

  public String template() {
    return template;
  }

  public String language() {
    return language;
  }

  public String variables() {
    return variables;
  }

  public String calendarSnapshot() {
    return calendarSnapshot;
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
