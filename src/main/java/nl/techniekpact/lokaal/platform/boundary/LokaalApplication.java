package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Lokaal's REST API lives under /api; its description is at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lokaal",
            version = "1",
            description =
                "Registration and scheduling for the regional technology pacts (Techniekpacten): "
                    + "editions, companies and their visit slots, schools and their class groups, allocation and booking."))
public class LokaalApplication extends Application {}
