package nl.techniekpact.lokaal.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.MagicLinks;
import nl.techniekpact.lokaal.access.control.Passwords;
import nl.techniekpact.lokaal.access.control.RateLimiter;
import nl.techniekpact.lokaal.access.control.Sessions;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * Signing in and out. Organisers sign in with e-mail and password; schools and companies ask for a
 * link by e-mail and open it. Answers never tell whether an address is known.
 */
@ApplicationScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class SessionResource {

  /** Organiser credentials. A class, not a record: see EditionRequest. */
  public static class Credentials {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @NotBlank
    @Size(max = 200)
    public String password;
  }

  public static class LinkRequest {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;
  }

  public static class LinkToken {
    @NotBlank
    @Size(max = 100)
    public String token;
  }

  public record SessionView(String role, long id, Long region, String token) {}

  public record Accepted(String detail) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Sessions sessions;
  @Inject Passwords passwords;
  @Inject RateLimiter limiter;
  @Inject MagicLinks links;
  @Inject Access access;
  @Inject CurrentCaller current;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(@Valid @NotNull Credentials credentials) {
    String email = Require.email(credentials.email, "email");
    limiter.attempt("sign-in", email, http.getRemoteAddr());
    Organiser organiser =
        em.createNamedQuery(Organiser.BY_EMAIL, Organiser.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (organiser == null) {
      passwords.matchNothing(credentials.password);
    }
    if (organiser == null
        || !organiser.isActive()
        || !passwords.matches(credentials.password, organiser.passwordHash())) {
      throw new NotAuthorizedException(
          "wrong e-mail address or password", "Bearer realm=\"lokaal\"");
    }
    String secret = sessions.open(organiser.role(), organiser.id());
    Long region = organiser.region() == null ? null : organiser.region().id();
    return Response.ok(new SessionView(organiser.role().name(), organiser.id(), region, secret))
        .cookie(cookie(secret))
        .build();
  }

  @GET
  public SessionView whoAmI() {
    Caller caller = access.requireSignedIn();
    return new SessionView(caller.role().name(), caller.subjectId(), caller.regionId(), null);
  }

  @DELETE
  public Response signOut() {
    if (current.sessionSecret() != null) {
      sessions.close(current.sessionSecret());
    }
    return Response.noContent().cookie(expired()).build();
  }

  /** Mails a sign-in link to every school and company with this contact address: always 202. */
  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestLink(@Valid @NotNull LinkRequest request, @Context HttpHeaders headers) {
    String email = Require.email(request.email, "email");
    limiter.attempt("link", email, http.getRemoteAddr());
    links.sendTo(email, RequestLanguage.of(headers));
    return Response.accepted(
            new Accepted(
                "Als dit adres bij ons bekend is, ontvangt u binnen enkele minuten een inloglink. "
                    + "If this address is known to us, a sign-in link is on its way."))
        .build();
  }

  /**
   * The page a mailed link opens. A button, not an automatic sign-in: mail scanners follow links.
   */
  @GET
  @Path("link")
  @Produces(MediaType.TEXT_HTML)
  public String linkPage(@QueryParam("token") String token) {
    String safe = token == null ? "" : token.replaceAll("[^A-Za-z0-9_-]", "");
    return """
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Inloggen bij Lokaal</title></head><body style="font-family:sans-serif;max-width:30em;margin:3em auto;padding:0 1em">
        <h1>Inloggen bij Lokaal</h1><form method="post" action="link"><input type="hidden" name="token" value="%s">
        <button type="submit" style="font-size:1.2em;padding:.6em 1.2em">Inloggen / Sign in / Anmelden</button></form></body></html>
        """
        .formatted(safe);
  }

  /** Redeems a link from the page above: a session cookie, then on to the caller's own pages. */
  @POST
  @Path("link")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response redeemFromPage(@FormParam("token") String token) {
    String secret = sessions.redeem(token).orElseThrow(SessionResource::expiredLink);
    return Response.seeOther(URI.create("/mijn.html")).cookie(cookie(secret)).build();
  }

  /**
   * Redeems a link for an API client: the session secret in the body, for an Authorization header.
   */
  @POST
  @Path("link")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response redeem(@Valid @NotNull LinkToken link) {
    String secret = sessions.redeem(link.token).orElseThrow(SessionResource::expiredLink);
    Caller caller = sessions.resolve(secret).orElseThrow();
    return Response.ok(
            new SessionView(caller.role().name(), caller.subjectId(), caller.regionId(), secret))
        .cookie(cookie(secret))
        .build();
  }

  private static NotAuthorizedException expiredLink() {
    return new NotAuthorizedException(
        "this sign-in link is unknown, used or expired; ask for a new one",
        "Bearer realm=\"lokaal\"");
  }

  private NewCookie cookie(String secret) {
    return new NewCookie.Builder(AuthenticationFilter.COOKIE)
        .value(secret)
        .path("/")
        .httpOnly(true)
        .secure(http.isSecure())
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  private NewCookie expired() {
    return new NewCookie.Builder(AuthenticationFilter.COOKIE)
        .value("")
        .path("/")
        .maxAge(0)
        .httpOnly(true)
        .build();
  }
}
