package nl.techniekpact.lokaal.notification.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.notification.control.Outbox;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;
import nl.techniekpact.lokaal.platform.entity.ForbiddenActionException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The outbox, newest first: what Lokaal sent or is about to send. Organisers see their region's
 * mail, administrators all. Without an SMTP server this is where sign-in links can be read. Each
 * mail is rendered from its snapshot as it is (or will be) sent.
 */
@ApplicationScoped
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class OutboxResource {

  public record MessageView(
      long id,
      String recipient,
      String subject,
      String text,
      OutboxMessage.Status status,
      Instant createdAt,
      int attempts,
      Instant sentAt,
      String lastError) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Access access;
  @Inject Outbox outbox;

  @GET
  @APIResponse(description = "The latest mail, newest first")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public List<MessageView> list(@QueryParam("max") @DefaultValue("100") int max) {
    Caller caller = access.requireSignedIn();
    if (!caller.isOrganiser()) {
      throw new ForbiddenActionException("forbidden.outboxOrganisersOnly");
    }
    var query =
        caller.isAdmin()
            ? em.createNamedQuery(OutboxMessage.RECENT, OutboxMessage.class)
            : em.createNamedQuery(OutboxMessage.RECENT_OF_REGION, OutboxMessage.class)
                .setParameter("region", caller.regionId());
    return query.setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList().stream()
        .map(this::view)
        .toList();
  }

  private MessageView view(OutboxMessage m) {
    Outbox.Mail mail = outbox.render(m);
    return new MessageView(
        m.id(),
        m.recipient(),
        mail.subject(),
        mail.text(),
        m.status(),
        m.createdAt(),
        m.attempts(),
        m.sentAt(),
        m.lastError());
  }
}
