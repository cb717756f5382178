package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Lokaal's REST API lives under /api; its description is at /openapi. Every resource is
 * {@code @ApplicationScoped}: one instance serves all requests, so that Jersey does not ask CDI for
 * a new one with its injections on every request (docs/performance.md). So a resource keeps no
 * request state in fields; the request comes in as method parameters.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lokaal",
            version = "1",
            description =
                "Registration and scheduling for the regional technology pacts (Techniekpacten): "
                    + "editions, companies and their visit slots, schools and their class groups, allocation and booking."))
public class LokaalApplication extends Application {

  /**
   * No generated WADL at /api/application.wadl: /openapi describes the API, and nothing else should
   * list it to strangers. The property is Jersey's, the REST implementation Payara ships.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
