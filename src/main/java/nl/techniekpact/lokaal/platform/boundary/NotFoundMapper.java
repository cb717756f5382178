package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/** Unknown or invisible to the caller: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NoSuchEntityException> {

  @Override
  public Response toResponse(NoSuchEntityException e) {
    return Problem.of(404, "not-found", "Not found").detail(e.getMessage()).response();
  }
}
