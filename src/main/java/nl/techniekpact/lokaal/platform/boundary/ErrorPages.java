package nl.techniekpact.lokaal.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole application (WEB-INF/web.xml): what the container answers itself,
 * outside the REST layer's exception mappers, as an RFC 9457 problem+json with the same status,
 * instead of the container's HTML page or an empty body. An exception that escaped to the container
 * is a 500 with an incident id in the log, as in {@link UnexpectedErrorMapper}.
 */
@WebServlet("/problem")
public class ErrorPages extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  /** Longer messages of the container are not worth quoting. */
  private static final int LONGEST_DETAIL = 200;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // Asked for directly, this is no error page but a path that names nothing.
    int status = code instanceof Integer number ? number : 404;
    Problem problem = Problem.of(status, "http-" + status, title(status));
    if (thrown != null || status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Incident "
              + incident
              + " at "
              + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          thrown);
      problem
          .detail(
              "Something went wrong on our side. Quote incident "
                  + incident
                  + " when you report it.")
          .with("incident", incident);
    } else if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message
        && !message.isBlank()
        && message.length() <= LONGEST_DETAIL) {
      problem.detail(message);
    }
    response.setStatus(status);
    // JSON is UTF-8 by definition: no charset parameter, as the REST layer's problems have none.
    response.setContentType(Problem.MEDIA_TYPE);
    response.getOutputStream().write(problem.json().getBytes(StandardCharsets.UTF_8));
  }

  private static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error " + status : known.getReasonPhrase();
  }
}
