package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.ForbiddenActionException;

/** The caller may not do this: 403, saying who may, in the reader's language. */
@Provider
public class ForbiddenActionMapper implements ExceptionMapper<ForbiddenActionException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ForbiddenActionException e) {
    return respond(e, RequestLanguage.messages(headers));
  }

  static Response respond(ForbiddenActionException e, Messages messages) {
    return Problem.of(403, "http-403", messages.text("title.http-403"), messages)
        .say(e.key(), e.args().toArray())
        .response();
  }
}
