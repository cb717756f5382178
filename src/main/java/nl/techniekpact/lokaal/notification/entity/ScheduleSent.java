package nl.techniekpact.lokaal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last schedule mailed to a school or company for an edition, by a fingerprint of its visits: a
 * re-send after changes mails only those whose visits changed.
 */
@Entity
@Table(name = "schedule_sent")
@NamedQuery(
    name = ScheduleSent.OF_EDITION,
    query = "select s from ScheduleSent s where s.editionId = :edition")
public class ScheduleSent {

  public static final String OF_EDITION = "ScheduleSent.ofEdition";

  public enum Kind {
    SCHOOL,
    COMPANY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "edition_id", nullable = false)
  private long editionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "fingerprint", nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected ScheduleSent() {}

  public ScheduleSent(long editionId, Kind kind, long subjectId) {
    this.editionId = editionId;
    this.kind = kind;
    this.subjectId = subjectId;
  }

  public void sent(String fingerprint, long messageId) {
    this.fingerprint = fingerprint;
    this.messageId = messageId;
    this.sentAt = Instant.now();
  }

  public Kind kind() {
    return kind;
  }

  public long subjectId() {
    return subjectId;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public long messageId() {
    return messageId;
  }
}
