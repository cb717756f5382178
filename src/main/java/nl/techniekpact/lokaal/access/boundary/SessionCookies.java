package nl.techniekpact.lokaal.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import nl.techniekpact.lokaal.access.control.Sessions;
import nl.techniekpact.lokaal.access.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookies Lokaal sets: always HttpOnly and SameSite=Lax, with a Max-Age, and Secure whenever
 * Lokaal is reached over TLS: its base URL is https, the request came in over TLS, or a TLS proxy
 * in front says so ({@code X-Forwarded-Proto: https}).
 */
@ApplicationScoped
public class SessionCookies {

  /** The sign-in link page's own form token (see SessionResource.linkPage). */
  public static final String FORM = "lokaal_form";

  private static final int FORM_SECONDS = 60 * 60;

  @Inject HttpServletRequest request;
  @Inject Sessions sessions;

  @Inject
  @ConfigProperty(name = "lokaal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  public NewCookie session(String secret, Role role) {
    return base(AuthenticationFilter.COOKIE, secret, "/")
        .maxAge((int) sessions.lifeOf(role).toSeconds())
        .build();
  }

  public NewCookie expired() {
    return base(AuthenticationFilter.COOKIE, "", "/").maxAge(0).build();
  }

  public NewCookie form(String token) {
    return base(FORM, token, "/api/session/link").maxAge(FORM_SECONDS).build();
  }

  public NewCookie formExpired() {
    return base(FORM, "", "/api/session/link").maxAge(0).build();
  }

  private NewCookie.Builder base(String name, String value, String path) {
    return new NewCookie.Builder(name)
        .value(value)
        .path(path)
        .httpOnly(true)
        .secure(overTls())
        .sameSite(NewCookie.SameSite.LAX);
  }

  boolean overTls() {
    return baseUrl.regionMatches(true, 0, "https:", 0, 6)
        || request.isSecure()
        || "https".equalsIgnoreCase(firstOf(request.getHeader("X-Forwarded-Proto")));
  }

  private static String firstOf(String header) {
    return header == null ? null : header.split(",")[0].strip();
  }
}
