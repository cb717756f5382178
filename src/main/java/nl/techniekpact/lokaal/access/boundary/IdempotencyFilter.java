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
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.access.control.Idempotency;
import nl.techniekpact.lokaal.access.control.Idempotency.KeyReusedException;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.IdempotentRequest;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;

/**
 * Makes every POST idempotent when the client sends an {@code Idempotency-Key}: the first request
 * is handled and its successful answer kept; a retry of the same request (same caller, method, path
 * and body) with the same key gets that answer again (marked {@code Idempotent-Replayed: true}) and
 * creates nothing. The same key with another body is a 422. Methods marked {@link NeverReplayed}
 * ignore the key: their answers hold secrets.
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
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (!"POST".equals(request.getMethod())
        || key == null
        || resource.getResourceMethod() == null
        || resource.getResourceMethod().isAnnotationPresent(NeverReplayed.class)) {
      return;
    }
    if (key.isBlank() || key.length() > 100) {
      request.abortWith(
          Problem.invalid(RequestLanguage.messages(request), HEADER, "idempotency.keyLength"));
      return;
    }
    String caller = caller();
    String what = "POST " + request.getUriInfo().getPath();
    Optional<IdempotentRequest> earlier;
    try {
      earlier = idempotency.claim(caller, key, what, hashOf(request));
    } catch (KeyReusedException e) {
      request.abortWith(
          Problem.of(422, "idempotency-key-reused", RequestLanguage.messages(request))
              .say("idempotency.keyReused")
              .field(HEADER)
              .response());
      return;
    }
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

  /** SHA-256 of the method, path, query and body; the body is read here and handed on unchanged. */
  private static String hashOf(ContainerRequestContext request) {
    try {
      byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
      request.setEntityStream(new ByteArrayInputStream(body));
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod()
                  + " "
                  + request.getUriInfo().getRequestUri().getRawPath()
                  + "?"
                  + request.getUriInfo().getRequestUri().getRawQuery()
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Keys are per caller; anonymous callers (sign-up) are told apart by their address. */
  private String caller() {
    Caller caller = current.get();
    return caller.isAnonymous() ? "anonymous@" + http.getRemoteAddr() : caller.reference();
  }
}
