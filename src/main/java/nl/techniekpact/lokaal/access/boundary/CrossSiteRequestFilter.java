package nl.techniekpact.lokaal.access.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Forged cross-site requests do nothing. A request that changes something (any method but GET, HEAD
 * and OPTIONS) is refused when
 *
 * <ul>
 *   <li>the browser says it comes from another site ({@code Sec-Fetch-Site}), or its {@code Origin}
 *       is neither {@code lokaal.base-url} nor the address it was sent to: 403;
 *   <li>its body is of a type the operation does not declare: only JSON, unless the operation names
 *       its upload types in {@code @Consumes}. The types a plain HTML form can send cross-site
 *       without asking (text/plain, form fields, multipart) reach only the operations that declare
 *       them, which check a token of their own: 415.
 * </ul>
 *
 * Scripts that send neither header, as curl does, are not browsers and pass.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  @Context ResourceInfo resource;

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
    if (site != null && !OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT))) {
      refuseCrossSite(request);
      return;
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null && !isOwn(origin.strip(), request)) {
      refuseCrossSite(request);
      return;
    }
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (contentType == null) {
      if (hasBody(request) || takesFormFields()) {
        refuseType(request, "send the body with its Content-Type, such as application/json");
      }
      return;
    }
    MediaType type = mediaTypeOf(request);
    if (type == null || declared().stream().noneMatch(accepted -> accepted.isCompatible(type))) {
      refuseType(
          request, "this operation does not take a body of type " + abbreviated(contentType));
    }
  }

  /** The same origin as the configured base URL, or as the address the request was sent to. */
  private boolean isOwn(String origin, ContainerRequestContext request) {
    URI target = request.getUriInfo().getBaseUri();
    String host = request.getHeaderString(HttpHeaders.HOST);
    String requested = host == null ? origin(target.toString()) : target.getScheme() + "://" + host;
    return origin.equalsIgnoreCase(baseOrigin) || origin.equalsIgnoreCase(requested);
  }

  /** The body types the operation declares; JSON where it declares none. */
  private List<MediaType> declared() {
    Method method = resource.getResourceMethod();
    Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
    if (consumes == null && resource.getResourceClass() != null) {
      consumes = resource.getResourceClass().getAnnotation(Consumes.class);
    }
    if (consumes == null) {
      return List.of(MediaType.APPLICATION_JSON_TYPE);
    }
    return Arrays.stream(consumes.value())
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(value -> MediaType.valueOf(value.strip()))
        .filter(accepted -> !accepted.isWildcardType())
        .toList();
  }

  private boolean takesFormFields() {
    Method method = resource.getResourceMethod();
    return method != null
        && Arrays.stream(method.getParameters()).anyMatch(CrossSiteRequestFilter::isFormField);
  }

  private static boolean isFormField(Parameter parameter) {
    return parameter.isAnnotationPresent(FormParam.class);
  }

  /** The request's media type, or null where the header is not one. */
  private static MediaType mediaTypeOf(ContainerRequestContext request) {
    try {
      return request.getMediaType();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean hasBody(ContainerRequestContext request) {
    return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
  }

  private static void refuseCrossSite(ContainerRequestContext request) {
    request.abortWith(
        Problem.of(403, "cross-site-request", "Cross-site request refused")
            .detail("this change can only be made from Lokaal's own pages")
            .response());
  }

  private static void refuseType(ContainerRequestContext request, String detail) {
    request.abortWith(
        Problem.of(415, "unsupported-media-type", "Unsupported media type")
            .detail(detail)
            .field("Content-Type")
            .response());
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
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
