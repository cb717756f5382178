package nl.techniekpact.lokaal.event.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.MagicLinks;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.InvitationSent;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.entity.School;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Organisers invite schools and companies by e-mail. A school or company already known by that
 * address takes part at once and gets a sign-in link; anyone else gets an invitation to sign up
 * ({@link InvitationSent}, mailed by the notification feature in the same transaction).
 */
@ApplicationScoped
@Path("editions/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class InvitationsResource {

  public enum Invitee {
    SCHOOL,
    COMPANY
  }

  public static class InvitationRequest {
    @NotNull public Invitee kind;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @NotBlank
    @Size(max = 120)
    public String name;

    @Size(max = 2)
    public String language;
  }

  public record Sent(String sent) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Editions editions;
  @Inject Access access;
  @Inject MagicLinks links;
  @Inject Event<InvitationSent> invitations;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "lokaal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @POST
  @APIResponse(
      responseCode = "202",
      description = "Invited: a sign-in link, or an invitation to sign up, is mailed")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response invite(@PathParam("id") long id, @Valid @NotNull InvitationRequest request) {
    Edition edition = access.requireOrganising(editions.edition(id));
    if (request.language != null && !List.of("nl", "en", "de").contains(request.language)) {
      throw new InvalidValueException("language", "language.unsupported", request.language);
    }
    Locale locale = Locale.forLanguageTag(request.language == null ? "nl" : request.language);
    String email = request.email.strip().toLowerCase(Locale.ROOT);
    String sent =
        request.kind == Invitee.SCHOOL
            ? inviteSchool(edition, email, locale)
            : inviteCompany(edition, email, locale);
    if (sent == null) {
      String link =
          baseUrl.replaceAll("/+$", "")
              + "/edities/"
              + id
              + "/aanmelden?als="
              + (request.kind == Invitee.SCHOOL ? "school" : "bedrijf");
      invitations.fire(new InvitationSent(edition, email, request.name, locale, link));
      sent = "invitation";
    }
    audit.record(
        edition,
        "invitation.sent",
        request.kind.name().toLowerCase(Locale.ROOT) + " " + email,
        request.name,
        email,
        new AuditLog.Phrase(
            "sign-in-link".equals(sent) ? "audit.invitation.link" : "audit.invitation.invite"));
    return Response.accepted(new Sent(sent)).build();
  }

  private String inviteSchool(Edition edition, String email, Locale locale) {
    Optional<School> known =
        em.createNamedQuery(School.BY_CONTACT_EMAIL, School.class)
            .setParameter("email", email)
            .getResultStream()
            .filter(s -> s.region().equals(edition.region()))
            .findFirst();
    known.ifPresent(
        school -> {
          edition.enrol(school);
          links.send(school, locale);
        });
    return known.map(s -> "sign-in-link").orElse(null);
  }

  private String inviteCompany(Edition edition, String email, Locale locale) {
    Optional<Company> known =
        em.createNamedQuery(Company.BY_CONTACT_EMAIL, Company.class)
            .setParameter("email", email)
            .getResultStream()
            .filter(c -> c.region().equals(edition.region()))
            .findFirst();
    known.ifPresent(
        company -> {
          edition.enrol(company);
          links.send(company, locale);
        });
    return known.map(c -> "sign-in-link").orElse(null);
  }
}
