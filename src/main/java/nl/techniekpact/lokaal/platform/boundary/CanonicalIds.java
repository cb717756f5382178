package nl.techniekpact.lokaal.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;

/**
 * An id in a path is written one way only: {@code /api/editions/1}. Java reads {@code +1}, {@code
 * 01}, {@code ١} (an Arabic-Indic one) and {@code 1;x} (a matrix parameter, which JAX-RS leaves out
 * of a path parameter; {@code 1;jsessionid=x} the servlet container even removes) as id 1 too, so
 * without this filter each of them acted on edition 1. They are answered 404, as a path that names
 * nothing. Matrix parameters have no use in Lokaal's API at all, so any of them is refused. Runs
 * before the resource is chosen, for every path at once.
 */
@Provider
@PreMatching
public class CanonicalIds implements ContainerRequestFilter {

  /** Where the servlet container leaves what it took out of the path before JAX-RS saw it. */
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getUriInfo().getRequestUri().getRawPath().contains(";")
        || servletRequest.isRequestedSessionIdFromURL()) {
      request.abortWith(notFound(request, "path.matrix"));
      return;
    }
    for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
      if (!canonical(segment.getPath())) {
        request.abortWith(notFound(request, "path.notAnId", segment.getPath()));
        return;
      }
    }
  }

  /** Anything that is not a number is for the resources to judge; a number must be as written. */
  static boolean canonical(String segment) {
    try {
      return Long.toString(Long.parseLong(segment)).equals(segment);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static jakarta.ws.rs.core.Response notFound(
      ContainerRequestContext request, String key, Object... args) {
    return Problem.of(404, "not-found", RequestLanguage.messages(request))
        .say(key, args)
        .response();
  }
}
