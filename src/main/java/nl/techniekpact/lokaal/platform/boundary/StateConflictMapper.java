package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/** The request does not fit the current state of the data: 409. */
@Provider
public class StateConflictMapper implements ExceptionMapper<StateConflictException> {

  @Override
  public Response toResponse(StateConflictException e) {
    return Problem.of(409, "conflict", "Conflict").detail(e.getMessage()).response();
  }
}
