package nl.techniekpact.lokaal.access.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.access.control.RateLimiter.TooManyRequestsException;
import nl.techniekpact.lokaal.platform.boundary.Problem;

/** A rate limit was reached: 429 with Retry-After. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

  @Override
  public Response toResponse(TooManyRequestsException e) {
    Response problem =
        Problem.of(429, "too-many-requests", "Too many requests").detail(e.getMessage()).response();
    return Response.fromResponse(problem)
        .header("Retry-After", Math.max(1, e.retryAfterSeconds()))
        .build();
  }
}
