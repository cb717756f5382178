package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/** Unknown or invisible to the caller: 404, naming the kind of thing in the reader's language. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NoSuchEntityException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(NoSuchEntityException e) {
    return respond(e, RequestLanguage.messages(headers));
  }

  static Response respond(NoSuchEntityException e, Messages messages) {
    Problem problem = Problem.of(404, "not-found", messages);
    // A thing may say more than "not found" (what to do instead): notFound.<what>, {0} the id.
    String own = "notFound." + e.what();
    return (messages.has(own)
            ? problem.say(own, String.valueOf(e.id()))
            : problem.say("notFound", messages.text("thing." + e.what()), String.valueOf(e.id())))
        .response();
  }
}
