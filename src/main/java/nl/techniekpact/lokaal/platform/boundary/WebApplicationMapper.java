package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the REST layer itself raises (unknown path, wrong method or media type): same status,
 * problem body.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response problem =
        Problem.of(
                status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase())
            .detail(e.getMessage())
            .response();
    Response.ResponseBuilder copy = Response.fromResponse(problem);
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> copy.header(name, value));
              }
            });
    return copy.build();
  }
}
