package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.control.Messages;

/**
 * Errors the REST layer itself raises (unknown path, wrong method or media type): same status and
 * headers, a problem body worded by the status ({@code http.405}) in the reader's language. The
 * REST layer's own English text is not passed on.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.hasEntity() && Problem.MEDIA.isCompatible(original.getMediaType())) {
      return original; // worded by whoever refused the request
    }
    int status = original.getStatus();
    Response problem = ofStatus(status, RequestLanguage.messages(headers)).response();
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

  /** The problem for a bare HTTP status, titled and worded by {@code http.<status>}. */
  static Problem ofStatus(int status, Messages messages) {
    String type = "http-" + status;
    String title =
        messages.has("title." + type)
            ? messages.text("title." + type)
            : messages.text("title.http-other", status);
    Problem problem = Problem.of(status, type, title, messages);
    return messages.has("http." + status) ? problem.say("http." + status) : problem;
  }
}
