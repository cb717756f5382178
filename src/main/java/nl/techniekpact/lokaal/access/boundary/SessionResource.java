package nl.techniekpact.lokaal.access.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.TOO_MANY;

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
import jakarta.ws.rs.CookieParam;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.MagicLinks;
import nl.techniekpact.lokaal.access.control.Passwords;
import nl.techniekpact.lokaal.access.control.RateLimiter;
import nl.techniekpact.lokaal.access.control.Sessions;
import nl.techniekpact.lokaal.access.control.Tokens;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.ForbiddenActionException;
import nl.techniekpact.lokaal.platform.entity.Require;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
  @Inject SessionCookies cookies;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @NeverReplayed
  @PacedRefusals
  @APIResponse(responseCode = "200", description = "Signed in: the session, also set as a cookie")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
  public Response signIn(@Valid @NotNull Credentials credentials, @Context HttpHeaders headers) {
    String email = Require.email(credentials.email, "email");
    String client = http.getRemoteAddr();
    limiter.beforeSignIn(email, client);
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
      limiter.signInFailed(email, client);
      throw new NotAuthorizedException(wrongCredentials(RequestLanguage.messages(headers)));
    }
    limiter.signInSucceeded(email, client);
    String secret = sessions.open(organiser.role(), organiser.id());
    Long region = organiser.region() == null ? null : organiser.region().id();
    return Response.ok(new SessionView(organiser.role().name(), organiser.id(), region, secret))
        .cookie(cookies.session(secret, organiser.role()))
        .build();
  }

  @GET
  @APIResponse(description = "Who is signed in")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  public SessionView whoAmI() {
    Caller caller = access.requireSignedIn();
    return new SessionView(caller.role().name(), caller.subjectId(), caller.regionId(), null);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Signed out; the cookie is expired")
  public Response signOut() {
    if (current.sessionSecret() != null) {
      sessions.close(current.sessionSecret());
    }
    return Response.noContent().cookie(cookies.expired()).build();
  }

  /**
   * Mails a sign-in link to every school and company with this contact address: always 202. The
   * look-up and the mail happen after the answer, so its timing does not tell whether the address
   * is known.
   */
  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "202",
      description = "A link is mailed if the address is known (the answer never tells)")
  @APIResponse(responseCode = "429", ref = TOO_MANY)
  public Response requestLink(@Valid @NotNull LinkRequest request, @Context HttpHeaders headers) {
    String email = Require.email(request.email, "email");
    limiter.attempt("link", email, http.getRemoteAddr());
    links.sendLater(email, RequestLanguage.of(headers));
    return Response.accepted(
            new Accepted(
                "Als dit adres bij ons bekend is, ontvangt u binnen enkele minuten een inloglink. "
                    + "If this address is known to us, a sign-in link is on its way."))
        .build();
  }

  /**
   * The page a mailed link opens. A button, not an automatic sign-in: mail scanners follow links.
   * The form carries a token of its own, also set as a cookie, so only this page can post it.
   */
  @GET
  @Path("link")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @APIResponse(responseCode = "200", description = "The page with the button that signs in")
  public Response linkPage(
      @QueryParam("token") String token,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    String safe = token == null ? "" : token.replaceAll("[^A-Za-z0-9_-]", "");
    String form = Tokens.newSecret();
    return Response.ok(LinkPage.button(safe, form, LinkPage.language(lang, browser(headers))))
        .cookie(cookies.form(form))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * Redeems a link from the page above: a session cookie, then on to the caller's own pages. A
   * refusal is a page for a person, problem+json for anyone else.
   */
  @POST
  @Path("link")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @NeverReplayed
  // One operation in /openapi with redeem below: both name the responses of both.
  @APIResponse(responseCode = "200", description = "JSON: signed in, the session in the body")
  @APIResponse(responseCode = "303", description = "Form: signed in, on to the caller's pages")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response redeemFromPage(
      @FormParam("token") String token,
      @FormParam("form") String form,
      @CookieParam(SessionCookies.FORM) String formCookie,
      @FormParam("lang") String lang,
      @Context HttpHeaders headers) {
    boolean person = headers.getAcceptableMediaTypes().stream().anyMatch(LinkPage::isPage);
    java.util.Locale language = person ? LinkPage.language(lang, browser(headers)) : null;
    if (form == null || !Tokens.looksValid(form) || !form.equals(formCookie)) {
      if (!person) {
        throw new ForbiddenActionException("forbidden.openLinkAgain");
      }
      return refused(Response.Status.FORBIDDEN, LinkPage.openAgain(language));
    }
    String secret = sessions.redeem(token).orElse(null);
    if (secret == null) {
      if (!person) {
        throw expiredLink(RequestLanguage.messages(headers));
      }
      return refused(Response.Status.UNAUTHORIZED, LinkPage.expired(language));
    }
    Caller caller = sessions.resolve(secret).orElseThrow();
    return Response.seeOther(URI.create("/mijn.html"))
        .cookie(cookies.session(secret, caller.role()), cookies.formExpired())
        .build();
  }

  /**
   * Redeems a link for an API client: the session secret in the body, for an Authorization header.
   */
  @POST
  @Path("link")
  @Consumes(MediaType.APPLICATION_JSON)
  @NeverReplayed
  @APIResponse(responseCode = "200", description = "JSON: signed in, the session in the body")
  @APIResponse(responseCode = "303", description = "Form: signed in, on to the caller's pages")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response redeem(@Valid @NotNull LinkToken link, @Context HttpHeaders headers) {
    String secret =
        sessions
            .redeem(link.token)
            .orElseThrow(() -> expiredLink(RequestLanguage.messages(headers)));
    Caller caller = sessions.resolve(secret).orElseThrow();
    return Response.ok(
            new SessionView(caller.role().name(), caller.subjectId(), caller.regionId(), secret))
        .cookie(cookies.session(secret, caller.role()))
        .build();
  }

  /** The browser's language for a page; Dutch when its Accept-Language cannot be read. */
  private static java.util.Locale browser(HttpHeaders headers) {
    return RequestLanguage.messages(headers).locale();
  }

  private Response refused(Response.Status status, String page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page)
        .cookie(cookies.formExpired())
        .build();
  }

  private static NotAuthorizedException expiredLink(Messages messages) {
    return new NotAuthorizedException(unauthorized(messages, "signIn.linkExpired"));
  }

  /** 401 for a wrong e-mail address or password, worded as the sign-in page words it. */
  private static Response wrongCredentials(Messages messages) {
    return unauthorized(messages, "signIn.wrong");
  }

  private static Response unauthorized(Messages messages, String key) {
    return Response.fromResponse(
            Problem.of(401, "http-401", messages.text("title.http-401"), messages)
                .say(key)
                .response())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lokaal\"")
        .build();
  }
}
