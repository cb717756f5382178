package nl.techniekpact.lokaal.notification.boundary;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.notification.control.MailPreviews;
import nl.techniekpact.lokaal.notification.control.MailTemplates;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Organisers see every mail of an edition as its recipients will, in each language, filled with the
 * edition's own data.
 */
@ApplicationScoped
@Path("editions/{id}/mail-previews")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class MailPreviewResource {

  public record Preview(
      String template, String language, String subject, String text, String html) {}

  @Inject Editions editions;
  @Inject Access access;
  @Inject MailPreviews previews;

  @GET
  @APIResponse(description = "The names of the mail templates")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<String> templates(@PathParam("id") long id) {
    access.requireOrganising(editions.edition(id));
    return MailPreviews.TEMPLATES;
  }

  @GET
  @Path("{template}")
  @APIResponse(description = "The mail as it would be sent")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Preview preview(
      @PathParam("id") long id,
      @PathParam("template") String template,
      @QueryParam("language") @DefaultValue("nl") String language) {
    Edition edition = access.requireOrganising(editions.edition(id));
    MailTemplates.Rendered mail =
        previews.render(edition, template, Locale.forLanguageTag(language));
    return new Preview(
        template,
        MailTemplates.language(Locale.forLanguageTag(language)),
        mail.subject(),
        mail.text(),
        mail.html());
  }
}
