package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/** The request does not fit the current state of the data: 409, in the reader's language. */
@Provider
public class StateConflictMapper implements ExceptionMapper<StateConflictException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(StateConflictException e) {
    return respond(e, RequestLanguage.messages(headers));
  }

  static Response respond(StateConflictException e, Messages messages) {
    return Problem.of(409, "conflict", messages).say(e.key(), e.args().toArray()).response();
  }
}
