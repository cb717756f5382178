package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.access.entity.SignInToken;
import nl.techniekpact.lokaal.access.entity.SignInToken.Purpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens, resolves and closes sessions, and issues and redeems magic links. */
@ApplicationScoped
@Transactional
public class Sessions {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /** How long a resolved session is taken on trust without asking the database again. */
  static final Duration REMEMBERED = Duration.ofSeconds(5);

  private static final int REMEMBERED_AT_MOST = 10_000;

  private record Remembered(Caller caller, Instant until) {}

  /** Callers by the hash of their session secret. */
  private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "lokaal.session.organiser-hours", defaultValue = "12")
  int organiserHours;

  @Inject
  @ConfigProperty(name = "lokaal.session.party-days", defaultValue = "30")
  int partyDays;

  @Inject
  @ConfigProperty(name = "lokaal.magic-link.minutes", defaultValue = "60")
  int linkMinutes;

  /** A new session for the subject; returns its secret, which only the client keeps. */
  public String open(Role role, long subjectId) {
    return store(Purpose.SESSION, role, subjectId, Instant.now().plus(lifeOf(role)), null);
  }

  /** How long a session lasts: organisers' a working day, schools' and companies' a month. */
  public Duration lifeOf(Role role) {
    return role == Role.ADMIN || role == Role.ORGANISER
        ? Duration.ofHours(organiserHours)
        : Duration.ofDays(partyDays);
  }

  /**
   * A single-use link secret for a school or company contact, to be mailed to {@code contactEmail}:
   * the session it opens has proved that address.
   */
  public String issueLink(Role role, long subjectId, String contactEmail) {
    return store(
        Purpose.LINK,
        role,
        subjectId,
        Instant.now().plus(Duration.ofMinutes(linkMinutes)),
        Objects.requireNonNull(contactEmail));
  }

  /**
   * Exchanges a valid, unused link for a new session secret. The link is marked used by one
   * conditional update, so of any number of concurrent redemptions exactly one gets a session.
   */
  public Optional<String> redeem(String linkSecret) {
    if (!Tokens.looksValid(linkSecret)) {
      return Optional.empty();
    }
    String hash = Tokens.hash(linkSecret);
    int used =
        em.createNamedQuery(SignInToken.USE_LINK)
            .setParameter("hash", hash)
            .setParameter("now", Instant.now())
            .executeUpdate();
    if (used != 1) {
      return Optional.empty();
    }
    SignInToken link =
        em.createNamedQuery(SignInToken.BY_HASH, SignInToken.class)
            .setParameter("hash", hash)
            .getSingleResult();
    return Optional.of(
        store(
            Purpose.SESSION,
            link.role(),
            link.subjectId(),
            Instant.now().plus(lifeOf(link.role())),
            link.contactEmail().orElse(null)));
  }

  /** The contact address the session's link was mailed to; none for organisers' sessions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> provenAddress(String sessionSecret) {
    return find(sessionSecret, Purpose.SESSION).flatMap(SignInToken::contactEmail);
  }

  /**
   * Ends the session and opens one for another party of the same proven address, with a new secret
   * (so a secret planted before cannot follow the switch) that ends when the old one would have. Of
   * concurrent switches of one session exactly one succeeds. The caller checks that the party has
   * that address.
   */
  public Optional<String> switchTo(String sessionSecret, Role role, long subjectId) {
    Optional<SignInToken> session = find(sessionSecret, Purpose.SESSION);
    if (session.isEmpty() || session.get().contactEmail().isEmpty()) {
      return Optional.empty();
    }
    recent.remove(Tokens.hash(sessionSecret));
    int ended =
        em.createNamedQuery(SignInToken.END_SESSION)
            .setParameter("hash", Tokens.hash(sessionSecret))
            .setParameter("now", Instant.now())
            .executeUpdate();
    if (ended != 1) {
      return Optional.empty(); // a concurrent switch or sign-out ended it first
    }
    return Optional.of(
        store(
            Purpose.SESSION,
            role,
            subjectId,
            session.get().expiresAt(),
            session.get().contactEmail().get()));
  }

  /** Forgets expired links and sessions; they can never be used again. */
  public int purgeExpired() {
    return em.createNamedQuery(SignInToken.PURGE)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /**
   * Every request asks this first, so a caller once resolved is remembered for {@link #REMEMBERED}
   * (never past its session's end), and the look-up runs in no transaction of its own. Signing out
   * here forgets at once; a session closed or an organiser deactivated elsewhere ends within that
   * time.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Caller> resolve(String sessionSecret) {
    if (!Tokens.looksValid(sessionSecret)) {
      return Optional.empty();
    }
    String hash = Tokens.hash(sessionSecret);
    Instant now = Instant.now();
    Remembered remembered = recent.get(hash);
    if (remembered != null && now.isBefore(remembered.until())) {
      return Optional.of(remembered.caller());
    }
    Optional<SignInToken> session = find(sessionSecret, Purpose.SESSION);
    Optional<Caller> caller = session.flatMap(this::caller);
    if (caller.isPresent()) {
      if (recent.size() >= REMEMBERED_AT_MOST) {
        recent.clear();
      }
      Instant until = now.plus(REMEMBERED);
      recent.put(
          hash,
          new Remembered(
              caller.get(),
              until.isBefore(session.get().expiresAt()) ? until : session.get().expiresAt()));
    } else {
      recent.remove(hash);
    }
    return caller;
  }

  public void close(String sessionSecret) {
    if (Tokens.looksValid(sessionSecret)) {
      recent.remove(Tokens.hash(sessionSecret));
    }
    find(sessionSecret, Purpose.SESSION).ifPresent(session -> session.use(Instant.now()));
  }

  private Optional<Caller> caller(SignInToken session) {
    if (session.role() == Role.ADMIN || session.role() == Role.ORGANISER) {
      Organiser organiser = em.find(Organiser.class, session.subjectId());
      if (organiser == null || !organiser.isActive()) {
        return Optional.empty();
      }
      Long region = organiser.region() == null ? null : organiser.region().id();
      return Optional.of(new Caller(organiser.role(), organiser.id(), region));
    }
    return Optional.of(new Caller(session.role(), session.subjectId(), null));
  }

  private Optional<SignInToken> find(String secret, Purpose purpose) {
    if (!Tokens.looksValid(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(SignInToken.BY_HASH, SignInToken.class)
        .setParameter("hash", Tokens.hash(secret))
        .getResultStream()
        .filter(t -> t.purpose() == purpose && t.isValidAt(Instant.now()))
        .findFirst();
  }

  private String store(
      Purpose purpose, Role role, long subjectId, Instant expiresAt, String contactEmail) {
    String secret = Tokens.newSecret();
    em.persist(
        new SignInToken(Tokens.hash(secret), purpose, role, subjectId, expiresAt, contactEmail));
    return secret;
  }
}
