package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** A domain rule refused a value: 400, naming the field. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

  @Override
  public Response toResponse(InvalidValueException e) {
    return Problem.invalid(e.field(), e.getMessage());
  }
}
