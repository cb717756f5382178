package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** A domain rule refused values: 400, naming each field in the reader's language. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InvalidValueException e) {
    return respond(e, RequestLanguage.messages(headers));
  }

  static Response respond(InvalidValueException e, Messages messages) {
    return Problem.invalid(e.violations(), messages);
  }
}
