package nl.techniekpact.lokaal.access.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Forged cross-site requests do nothing. A request that changes something (any method but GET, HEAD
 * and OPTIONS) is refused with 403, before it reaches any operation, when the browser says it comes
 * from another site ({@code Sec-Fetch-Site}), or its {@code Origin} is neither {@code
 * lokaal.base-url} nor the address it was sent to. Scripts that send neither header, as curl does,
 * are not browsers and pass. {@link BodyTypeFilter} refuses the body types a plain HTML form can
 * send cross-site.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private final String baseOrigin =
      origin(
          ConfigProvider.getConfig()
              .getOptionalValue("lokaal.base-url", String.class)
              .orElse("http://localhost:8080"));

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    String site = request.getHeaderString("Sec-Fetch-Site");
    String origin = request.getHeaderString("Origin");
    if ((site != null && !OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT)))
        || (origin != null && !isOwn(origin.strip(), request))) {
      request.abortWith(
          Problem.of(403, "cross-site-request", RequestLanguage.messages(request))
              .say("crossSite.refused")
              .response());
    }
  }

  /** The same origin as the configured base URL, or as the address the request was sent to. */
  private boolean isOwn(String origin, ContainerRequestContext request) {
    URI target = request.getUriInfo().getBaseUri();
    String host = request.getHeaderString(HttpHeaders.HOST);
    String requested = host == null ? origin(target.toString()) : target.getScheme() + "://" + host;
    return origin.equalsIgnoreCase(baseOrigin) || origin.equalsIgnoreCase(requested);
  }

  /** scheme://host[:port] of a URL, as browsers write an Origin. */
  static String origin(String url) {
    URI uri = URI.create(url.strip());
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
            || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
    return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
  }
}
