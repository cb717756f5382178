package nl.techniekpact.lokaal.access.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.Sessions;

/**
 * Establishes who calls: from the session cookie that signing in sets, or from an {@code
 * Authorization: Bearer} header carrying the same secret (for scripts). No valid session means
 * anonymous; the resources decide whether that is enough.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  public static final String COOKIE = "lokaal_session";

  @Inject Sessions sessions;
  @Inject CurrentCaller current;

  @Override
  public void filter(ContainerRequestContext request) {
    String secret = secret(request);
    if (secret != null) {
      sessions.resolve(secret).ifPresent(caller -> current.set(caller, secret));
    }
  }

  private static String secret(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    Cookie cookie = request.getCookies().get(COOKIE);
    return cookie == null ? null : cookie.getValue();
  }
}
