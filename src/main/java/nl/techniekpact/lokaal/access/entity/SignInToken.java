package nl.techniekpact.lokaal.access.entity;

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
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A single-use magic link for a school or company, or a session after signing in. Only the SHA-256
 * hash of the secret is stored: a database leak does not let anyone sign in.
 */
@Entity
@Table(name = "sign_in_token")
@NamedQuery(name = SignInToken.BY_HASH, query = "select t from SignInToken t where t.hash = :hash")
@NamedQuery(name = SignInToken.PURGE, query = "delete from SignInToken t where t.expiresAt < :now")
@NamedQuery(
    name = SignInToken.USE_LINK,
    query =
        "update SignInToken t set t.usedAt = :now where t.hash = :hash and t.purpose ="
            + " nl.techniekpact.lokaal.access.entity.SignInToken.Purpose.LINK"
            + " and t.usedAt is null and t.expiresAt > :now")
@NamedQuery(
    name = SignInToken.END_SESSION,
    query =
        "update SignInToken t set t.usedAt = :now where t.hash = :hash and t.purpose ="
            + " nl.techniekpact.lokaal.access.entity.SignInToken.Purpose.SESSION"
            + " and t.usedAt is null and t.expiresAt > :now")
public class SignInToken {

  public static final String BY_HASH = "SignInToken.byHash";
  public static final String PURGE = "SignInToken.purge";

  /**
   * Marks an unused, unexpired link used in one conditional update: of concurrent redemptions of
   * one link, exactly one changes the row.
   */
  public static final String USE_LINK = "SignInToken.useLink";

  /** Ends a valid session in one conditional update, as {@link #USE_LINK} uses a link. */
  public static final String END_SESSION = "SignInToken.endSession";

  /**
   * A link in an e-mail, exchanged once for a session; or the session itself; or the key in a
   * booking mail that opens that one booking (subject: the booking), never a session.
   */
  public enum Purpose {
    LINK,
    SESSION,
    BOOKING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "hash", nullable = false, unique = true, length = 64)
  private String hash;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false)
  private Purpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Role role;

  /** The organiser, school or company signed in. */
  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /**
   * The address a school's or company's link was mailed to, which the session opened by it has
   * proved: it may switch to every party with exactly this contact address. None for organisers.
   */
  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  protected SignInToken() {}

  public SignInToken(String hash, Purpose purpose, Role role, long subjectId, Instant expiresAt) {
    this(hash, purpose, role, subjectId, expiresAt, null);
  }

  public SignInToken(
      String hash,
      Purpose purpose,
      Role role,
      long subjectId,
      Instant expiresAt,
      String contactEmail) {
    this.hash = Require.text(hash, "hash", 64);
    this.purpose = Require.present(purpose, "purpose");
    this.role = Require.present(role, "role");
    this.subjectId = subjectId;
    this.expiresAt = Require.present(expiresAt, "expiresAt");
    this.contactEmail =
        contactEmail == null ? null : Require.text(contactEmail, "contactEmail", 254);
  }

  public boolean isValidAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** A link works once; a session ends at logout. */
  public void use(Instant now) {
    usedAt = now;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Role role() {
    return role;
  }

  public long subjectId() {
    return subjectId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public java.util.Optional<String> contactEmail() {
    return java.util.Optional.ofNullable(contactEmail);
  }
}
