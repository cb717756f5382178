package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.access.control.Tokens;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.notification.entity.CalendarFeed;

/**
 * Issues and rotates feed secrets, and writes a feed's calendar (METHOD:PUBLISH) of confirmed
 * visits.
 */
@ApplicationScoped
public class Feeds {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject BookingCalendar calendar;
  @Inject MailSettings settings;

  /** A new secret for the subject's feed; any earlier address stops working. Returns the secret. */
  public String rotate(CalendarFeed.Kind kind, long subjectId) {
    String secret = Tokens.newSecret();
    feedOf(kind, subjectId)
        .ifPresentOrElse(
            feed -> feed.rotate(secret, Tokens.hash(secret)),
            () -> em.persist(new CalendarFeed(kind, subjectId, secret, Tokens.hash(secret))));
    return secret;
  }

  /** The secret of the subject's feed as it is, not rotated; none if it has no readable one. */
  public Optional<String> current(CalendarFeed.Kind kind, long subjectId) {
    return feedOf(kind, subjectId).flatMap(CalendarFeed::secret);
  }

  private Optional<CalendarFeed> feedOf(CalendarFeed.Kind kind, long subjectId) {
    return em.createNamedQuery(CalendarFeed.OF_SUBJECT, CalendarFeed.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getResultStream()
        .findFirst();
  }

  public Optional<String> calendar(String secret) {
    if (!Tokens.looksValid(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
        .setParameter("hash", Tokens.hash(secret))
        .getResultStream()
        .findFirst()
        .map(feed -> Invites.write("PUBLISH", settings.organiserEmail(), events(feed)));
  }

  private List<CalendarEvent> events(CalendarFeed feed) {
    String query =
        switch (feed.kind()) {
          case SCHOOL -> Booking.CONFIRMED_OF_SCHOOL;
          case COMPANY -> Booking.CONFIRMED_OF_COMPANY;
          case EDITION -> Booking.CONFIRMED_OF_EDITION;
        };
    String parameter = feed.kind().name().toLowerCase(java.util.Locale.ROOT);
    return em.createNamedQuery(query, Booking.class)
        .setParameter(parameter, feed.subjectId())
        .getResultStream()
        .map(
            b ->
                calendar.of(
                    b,
                    List.of(b.group().teacher().email()),
                    feed.kind() == CalendarFeed.Kind.COMPANY
                        ? calendar.visitorsPage(b.slot().edition().id())
                        : calendar.link(b)))
        .toList();
  }
}
