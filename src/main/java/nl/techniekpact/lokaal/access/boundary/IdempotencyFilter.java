package nl.techniekpact.lokaal.access.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.Idempotency;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.platform.boundary.Problem;

/**
 * Makes every POST idempotent when the client sends an {@code Idempotency-Key}: the first request
 * is handled and its successful answer kept; a retry with the same key gets that answer again
 * (marked {@code Idempotent-Replayed: true}) and creates nothing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Idempotency idempotency;
  @Inject CurrentCaller current;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (!"POST".equals(request.getMethod()) || key == null) {
      return;
    }
    if (key.isBlank() || key.length() > 100) {
      request.abortWith(Problem.invalid(HEADER, "Idempotency-Key must be 1 to 100 characters"));
      return;
    }
    String caller = caller();
    String what = "POST " + request.getUriInfo().getPath();
    var earlier = idempotency.claim(caller, key, what);
    if (earlier.isPresent()) {
      var first = earlier.get();
      Response.ResponseBuilder replay =
          Response.status(first.status()).header("Idempotent-Replayed", "true");
      if (first.body() != null) {
        replay.entity(first.body()).type(MediaType.APPLICATION_JSON_TYPE);
      }
      if (first.location() != null) {
        replay.location(URI.create(first.location()));
      }
      request.abortWith(replay.build());
      return;
    }
    request.setProperty(CLAIM, idempotency.claimed(caller, key));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object claim = request.getProperty(CLAIM);
    if (claim == null) {
      return;
    }
    long id = (Long) claim;
    if (response.getStatus() >= 200 && response.getStatus() < 300) {
      Object entity = response.getEntity();
      String body = entity == null ? null : entity instanceof String s ? s : JSON.toJson(entity);
      idempotency.answer(
          id,
          response.getStatus(),
          response.getLocation() == null ? null : response.getLocation().toString(),
          body);
    } else {
      idempotency.forget(id);
    }
  }

  /** Keys are per caller; anonymous callers (sign-up) are told apart by their address. */
  private String caller() {
    Caller caller = current.get();
    return caller.isAnonymous() ? "anonymous@" + http.getRemoteAddr() : caller.reference();
  }
}
