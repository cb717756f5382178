package nl.techniekpact.lokaal.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed as it committed (a row someone else changed meanwhile, a rule the
 * database enforces): answered by its cause, as any other error. Jersey's CDI support brings its
 * own mapper for this exception, which answers with the last WebApplicationException it recorded,
 * even one thrown in another request (so a commit failure came back as someone's 401, as the
 * container's HTML page), or else gives up with a 500. Both map the same exception; the higher
 * priority makes this one chosen.
 */
@Provider
@Priority(Priorities.USER - 1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException e) {
    return UnexpectedErrorMapper.respond(e, RequestLanguage.messages(headers));
  }
}
