package nl.techniekpact.lokaal.audit.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.audit.control.AuditSentences;
import nl.techniekpact.lokaal.audit.entity.AuditEntry;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An edition's audit log, newest first, for its organisers. */
@ApplicationScoped
@Path("editions/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AuditResource {

  /**
   * One entry: {@code sentence} is what a person reads, in the request's language ("Anne
   * (organisator) opende de aanmelding."), with {@code actorName} and {@code role} the actor as
   * worded there; {@code actor}, {@code action} and {@code subject} are the machine references to
   * search and filter by.
   */
  public record EntryView(
      long id,
      Instant at,
      String actor,
      String actorName,
      String role,
      String action,
      String subject,
      String details,
      String sentence) {}

  @Inject Editions editions;
  @Inject Access access;
  @Inject AuditLog log;
  @Inject AuditSentences sentences;

  @GET
  @APIResponse(description = "The latest entries, newest first")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<EntryView> list(
      @PathParam("id") long id,
      @QueryParam("max") @DefaultValue("500") int max,
      @Context HttpHeaders headers) {
    Edition edition = editions.edition(id);
    access.requireOrganiserOf(edition.region());
    List<AuditEntry> entries = log.of(edition, Math.max(1, Math.min(max, 5000)));
    List<AuditSentences.Worded> worded =
        sentences.word(entries, RequestLanguage.messages(headers).locale());
    List<EntryView> views = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry a = entries.get(i);
      AuditSentences.Worded w = worded.get(i);
      views.add(
          new EntryView(
              a.id(),
              a.at(),
              a.actor(),
              w.actor().name(),
              w.actor().role(),
              a.action(),
              a.subject(),
              a.details(),
              w.sentence()));
    }
    return views;
  }
}
