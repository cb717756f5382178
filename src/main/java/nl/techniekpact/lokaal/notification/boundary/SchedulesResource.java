package nl.techniekpact.lokaal.notification.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.notification.control.MailTemplates;
import nl.techniekpact.lokaal.notification.control.Schedules;
import nl.techniekpact.lokaal.notification.entity.ScheduleSent;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Schedules by mail, for an edition's organisers: see who gets what (and whether it changed since
 * the last send), preview one, send the changed ones, follow the delivery.
 */
@ApplicationScoped
@Path("editions/{id}/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class SchedulesResource {

  public record ScheduleView(
      ScheduleSent.Kind kind,
      long id,
      String name,
      String recipient,
      int visits,
      boolean changed) {}

  public record Preview(String recipient, String subject, String text, String html) {}

  public record Sent(int queued, int unchanged) {}

  @Inject Editions editions;
  @Inject Schedules schedules;
  @Inject Access access;
  @Inject AuditLog audit;

  @GET
  @APIResponse(description = "Every school's and company's schedule and whether it was sent")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ScheduleView> list(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    return schedules.compose(edition).stream()
        .map(
            s ->
                new ScheduleView(
                    s.kind(),
                    s.subjectId(),
                    s.name(),
                    s.contact().email(),
                    s.visits().size(),
                    schedules.changed(edition, s)))
        .toList();
  }

  @GET
  @Path("{kind}/{subject}")
  @APIResponse(description = "The schedule mail as it would be sent")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Preview preview(
      @PathParam("id") long id,
      @PathParam("kind") ScheduleSent.Kind kind,
      @PathParam("subject") long subject) {
    Edition edition = access.requireOrganising(editions.edition(id));
    var schedule =
        schedules.compose(edition).stream()
            .filter(s -> s.kind() == kind && s.subjectId() == subject)
            .findFirst()
            .orElseThrow(() -> new NoSuchEntityException("schedule", subject));
    MailTemplates.Rendered mail = schedules.preview(edition, schedule);
    return new Preview(schedule.contact().email(), mail.subject(), mail.text(), mail.html());
  }

  /**
   * Mails each school and company whose schedule changed since it was last sent (all, the first
   * time).
   */
  @POST
  @APIResponse(description = "How many schedule mails were queued")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Sent send(@PathParam("id") long id) {
    Edition edition = access.requireOrganising(editions.edition(id));
    int total = schedules.compose(edition).size();
    int queued = schedules.sendChanged(edition);
    audit.record(edition, "schedules.sent", "edition " + id, queued, total);
    return new Sent(queued, total - queued);
  }

  @GET
  @Path("progress")
  @APIResponse(description = "How far sending is")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Schedules.Progress progress(@PathParam("id") long id) {
    return schedules.progress(access.requireOrganising(editions.edition(id)));
  }
}
