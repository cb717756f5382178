package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.ForbiddenActionException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * Everything no other mapper claims. Known causes wrapped by the container (transactions, JSON
 * binding, optimistic locks) get their proper status; anything else is a 500 whose incident id is
 * in the log and in the response, so a user can quote it. Never a stack trace to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    return respond(thrown, RequestLanguage.messages(headers));
  }

  /** The answer to {@code thrown}, worded for the reader of {@code messages}. */
  static Response respond(Throwable thrown, Messages messages) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException e) {
        return InvalidValueMapper.respond(e, messages);
      }
      if (cause instanceof ConstraintViolationException e) {
        return ConstraintViolationMapper.respond(e, messages);
      }
      if (cause instanceof StateConflictException e) {
        return StateConflictMapper.respond(e, messages);
      }
      if (cause instanceof ForbiddenActionException e) {
        return ForbiddenActionMapper.respond(e, messages);
      }
      if (cause instanceof NoSuchEntityException e) {
        return NotFoundMapper.respond(e, messages);
      }
      if (cause instanceof OptimisticLockException) {
        return Problem.of(409, "conflict", messages).say("conflict.changedMeanwhile").response();
      }
      if (cause instanceof SQLTransactionRollbackException) {
        return Problem.of(409, "conflict", messages).say("conflict.changedAtOnce").response();
      }
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return Problem.of(409, "conflict", messages).say("conflict.existingData").response();
      }
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return unreadable(cause, messages);
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
    return Problem.of(500, "internal-error", messages)
        .say("internal.incident", incident)
        .with("incident", incident)
        .response();
  }

  /**
   * A body that is not JSON, or not JSON for this request: 400 naming the property Yasson was
   * reading, and why when one of Lokaal's own deserializers refused it.
   */
  private static Response unreadable(Throwable thrown, Messages messages) {
    String message = String.valueOf(thrown.getMessage());
    Matcher property = JSONB_PROPERTY.matcher(message);
    String field = property.find() ? property.group(1) : "body";
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonBinding.RefusedValue refused) {
        return Problem.invalid(messages, field, refused.key(), refused.args());
      }
    }
    if (message.contains("can not be mapped")) {
      return Problem.invalid(messages, field, "json.unknownField", field);
    }
    return Problem.invalid(messages, field, "json.unreadable");
  }
}
