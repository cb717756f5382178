package nl.techniekpact.lokaal.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.platform.control.Messages;

/**
 * The error page of the whole application (WEB-INF/web.xml): what the container answers itself,
 * outside the REST layer's exception mappers, as an RFC 9457 problem+json with the same status,
 * instead of the container's HTML page or an empty body. An exception that escaped to the container
 * is a 500 with an incident id in the log, as in {@link UnexpectedErrorMapper}.
 */
@WebServlet("/problem")
public class ErrorPages extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // Asked for directly, this is no error page but a path that names nothing.
    int status = code instanceof Integer number ? number : 404;
    Messages messages = messages(request);
    Problem problem = WebApplicationMapper.ofStatus(status, messages);
    if (thrown != null || status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Incident "
              + incident
              + " at "
              + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          thrown);
      problem.say("internal.incident", incident).with("incident", incident);
    }
    response.setStatus(status);
    // JSON is UTF-8 by definition: no charset parameter, as the REST layer's problems have none.
    response.setContentType(Problem.MEDIA_TYPE);
    response.getOutputStream().write(problem.json().getBytes(StandardCharsets.UTF_8));
  }

  /** The first language of the request that Lokaal speaks, else Dutch. */
  private static Messages messages(HttpServletRequest request) {
    var languages = request.getLocales();
    while (languages.hasMoreElements()) {
      var language = languages.nextElement();
      if (Messages.speaks(language)) {
        return Messages.in(language);
      }
    }
    return Messages.in(Messages.DUTCH);
  }
}
