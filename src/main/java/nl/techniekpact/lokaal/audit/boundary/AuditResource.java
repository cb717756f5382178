package nl.techniekpact.lokaal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;

/** An edition's audit log, newest first, for its organisers. */
@ApplicationScoped
@Path("editions/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AuditResource {

  public record EntryView(
      long id, Instant at, String actor, String action, String subject, String details) {}

  @Inject Editions editions;
  @Inject Access access;
  @Inject AuditLog log;

  @GET
  public List<EntryView> list(
      @PathParam("id") long id, @QueryParam("max") @DefaultValue("500") int max) {
    Edition edition = editions.edition(id);
    access.requireOrganiserOf(edition.region());
    return log.of(edition, Math.max(1, Math.min(max, 5000))).stream()
        .map(a -> new EntryView(a.id(), a.at(), a.actor(), a.action(), a.subject(), a.details()))
        .toList();
  }
}
