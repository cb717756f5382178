package nl.techniekpact.lokaal.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps each request whose path is not valid percent-encoding ({@code /api/editions/%zz}) from
 * writing a stack trace of some thirty lines, as SEVERE, to the server log: anyone could fill the
 * log with them. The container's connector decodes the path before any application sees the
 * request; its decoder throws an IllegalArgumentException that the connector does not expect, so it
 * logs it (AS-WEB-CORE-00037) and answers 200 with no body, an answer nothing in the application
 * can change. This filter on the connector's logger turns such a record into one line of Lokaal's
 * own at FINE; every other record passes as before. Standard java.util.logging: no switch of the
 * server's.
 */
@WebListener
public class MalformedPathLog implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(MalformedPathLog.class.getName());

  /** Held here: a logger nobody refers to may be collected, and its filter with it. */
  private static final Logger CONNECTOR = Logger.getLogger("jakarta.enterprise.web.core");

  /** Where the connector decodes and normalises the path of every request. */
  private static final String DECODING = "org.glassfish.grizzly.http.util.RequestURIRef";

  private Filter before;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    before = CONNECTOR.getFilter();
    Filter others = before;
    CONNECTOR.setFilter(
        record -> {
          if (isMalformedPath(record)) {
            LOG.fine(
                () ->
                    "refused a path that is not percent-encoded properly: "
                        + record.getThrown().getMessage());
            return false;
          }
          return others == null || others.isLoggable(record);
        });
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    CONNECTOR.setFilter(before);
  }

  static boolean isMalformedPath(LogRecord record) {
    if (!(record.getThrown() instanceof RuntimeException thrown)) {
      return false;
    }
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (DECODING.equals(frame.getClassName())) {
        return true;
      }
    }
    return false;
  }
}
