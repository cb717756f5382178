package nl.techniekpact.lokaal.access.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.access.control.RateLimiter.TooManyRequestsException;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;

/** A rate limit was reached: 429 with Retry-After. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;

  @Override
  public Response toResponse(TooManyRequestsException e) {
    Response problem =
        Problem.of(429, "too-many-requests", RequestLanguage.messages(headers))
            .say("tooMany.retry", Math.max(1, e.retryAfterSeconds()))
            .response();
    return Response.fromResponse(problem)
        .header("Retry-After", Math.max(1, e.retryAfterSeconds()))
        .build();
  }
}
