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
import java.util.Optional;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A secret subscription address for a calendar app: a school's visits, a company's visitors, or an
 * edition's whole schedule. It is found by the secret's hash; the secret itself is kept so that its
 * owner can be shown the address again. Rotating replaces both, and the old address stops working.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.BY_HASH,
    query = "select f from CalendarFeed f where f.hash = :hash")
@NamedQuery(
    name = CalendarFeed.OF_SUBJECT,
    query = "select f from CalendarFeed f where f.kind = :kind and f.subjectId = :subject")
public class CalendarFeed {

  public static final String BY_HASH = "CalendarFeed.byHash";
  public static final String OF_SUBJECT = "CalendarFeed.ofSubject";

  public enum Kind {
    SCHOOL,
    COMPANY,
    EDITION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "hash", nullable = false, unique = true, length = 64)
  private String hash;

  /** The secret of the address; none for feeds made before it was kept. */
  @Column(name = "secret", length = 43)
  private String secret;

  @Column(name = "rotated_at", nullable = false)
  private Instant rotatedAt;

  protected CalendarFeed() {}

  public CalendarFeed(Kind kind, long subjectId, String secret, String hash) {
    this.kind = Require.present(kind, "kind");
    this.subjectId = subjectId;
    rotate(secret, hash);
  }

  public void rotate(String secret, String hash) {
    this.secret = Require.text(secret, "secret", 43);
    this.hash = Require.text(hash, "hash", 64);
    this.rotatedAt = Instant.now();
  }

  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  public Kind kind() {
    return kind;
  }

  public long subjectId() {
    return subjectId;
  }
}
