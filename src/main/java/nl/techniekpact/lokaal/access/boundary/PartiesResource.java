package nl.techniekpact.lokaal.access.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.techniekpact.lokaal.access.boundary.SessionResource.SessionView;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.ContactParties;
import nl.techniekpact.lokaal.access.control.ContactParties.Party;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.Sessions;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The schools and companies a signed-in contact address serves, and switching between them. Only
 * parties whose contact address is exactly the one the session's link was mailed to are listed or
 * reachable; any other is answered as one that does not exist.
 */
@ApplicationScoped
@Path("session/parties")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PartiesResource {

  /** A school or company in the chooser; {@code current} is the one signed in now. */
  public record PartyView(String role, long id, String name, String town, boolean current) {}

  /** The party to switch to. A class, not a record: see EditionRequest. */
  public static class Choice {
    @NotNull
    @Pattern(regexp = "SCHOOL|COMPANY")
    public String role;

    @NotNull public Long id;
  }

  @Inject Access access;
  @Inject CurrentCaller current;
  @Inject Sessions sessions;
  @Inject ContactParties parties;
  @Inject SessionCookies cookies;

  @GET
  @APIResponse(description = "Every school and company with the signed-in contact address")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public List<PartyView> list() {
    Caller caller = access.requireSignedIn();
    return parties.of(provenAddress()).stream()
        .map(
            p ->
                new PartyView(
                    p.role().name(),
                    p.id(),
                    p.name(),
                    p.town(),
                    p.role() == caller.role() && p.id() == caller.subjectId()))
        .toList();
  }

  /**
   * Signs in as another party of the same address, without a new mail: a new session secret (the
   * old one ends) that lasts as long as the old one would have.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @NeverReplayed
  @APIResponse(description = "Signed in as the chosen party: the new session, also as a cookie")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response choose(@Valid @NotNull Choice choice) {
    access.requireSignedIn();
    Role role = Role.valueOf(choice.role);
    Party party =
        parties
            .find(provenAddress(), role, choice.id)
            .orElseThrow(() -> new NoSuchEntityException("party", choice.id));
    String secret =
        sessions
            .switchTo(current.sessionSecret(), party.role(), party.id())
            .orElseThrow(() -> new ForbiddenException("sign in with a link from your mail first"));
    return Response.ok(new SessionView(role.name(), party.id(), null, secret))
        .cookie(cookies.session(secret, role))
        .build();
  }

  /** The address the session proved; organisers, who sign in with a password, have none. */
  private String provenAddress() {
    return sessions
        .provenAddress(current.sessionSecret())
        .orElseThrow(
            () -> new ForbiddenException("only schools and companies signed in by a link"));
  }
}
