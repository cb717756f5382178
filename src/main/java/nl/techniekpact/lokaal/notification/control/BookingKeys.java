package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.techniekpact.lokaal.access.control.Tokens;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.access.entity.SignInToken;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/**
 * The key in a booking mail's link: it opens that one booking (see it, change its pupils, cancel
 * it) for whoever holds the mail, such as a teacher without an account, until the day after the
 * visit. It is no session and opens nothing else; only its hash is stored, as for sign-in links.
 */
@ApplicationScoped
public class BookingKeys {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /**
   * A new key for the booking, in the caller's transaction: it exists exactly when its mail does.
   */
  public String issue(Booking booking) {
    String secret = Tokens.newSecret();
    em.persist(
        new SignInToken(
            Tokens.hash(secret),
            SignInToken.Purpose.BOOKING,
            Role.SCHOOL,
            booking.id(),
            until(booking)));
    return secret;
  }

  /**
   * The booking this key opens; a wrong, expired or other booking's key answers exactly as a
   * missing booking does.
   */
  public Booking open(long bookingId, String key) {
    if (Tokens.looksValid(key)) {
      Instant now = Instant.now();
      boolean opens =
          em.createNamedQuery(SignInToken.BY_HASH, SignInToken.class)
              .setParameter("hash", Tokens.hash(key))
              .getResultStream()
              .anyMatch(
                  t ->
                      t.purpose() == SignInToken.Purpose.BOOKING
                          && t.subjectId() == bookingId
                          && t.isValidAt(now));
      Booking booking = opens ? em.find(Booking.class, bookingId) : null;
      if (booking != null) {
        return booking;
      }
    }
    throw new NoSuchEntityException("booking", bookingId);
  }

  /** The end of the day after the visit, in the Netherlands; at least a day from now. */
  private static Instant until(Booking booking) {
    Instant afterVisit = booking.slot().day().plusDays(2).atStartOfDay(Invites.ZONE).toInstant();
    Instant tomorrow = Instant.now().plusSeconds(24 * 3600);
    return afterVisit.isAfter(tomorrow) ? afterVisit : tomorrow;
  }
}
