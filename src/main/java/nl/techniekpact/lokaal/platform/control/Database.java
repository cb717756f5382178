package nl.techniekpact.lokaal.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Lokaal's one database: the embedded H2 file database by default, MySQL or MariaDB through
 * Connector/J when {@code lokaal.db.*} says so. At start-up it migrates the schema with the
 * versioned scripts in {@code db/migration} (the same on both) and then announces {@link
 * DatabaseReady}.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=lokaal.db.driver:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=lokaal.db.url:jdbc:h2:file:./lokaal-data/lokaal;MODE=LEGACY;AUTO_SERVER=TRUE}",
    user = "${MPCONFIG=lokaal.db.user:lokaal}",
    password = "${MPCONFIG=lokaal.db.password:lokaal}",
    minPoolSize = 2,
    maxPoolSize = 40,
    // Validating costs two round trips (autocommit off and on again) on every checkout, and a
    // booking checks a connection out for each read: once a minute per connection is enough.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.validate-atmost-once-period-in-seconds=60",
      // Every connection has the same user: matching a checkout against its credentials (Payara's
      // default for annotation-defined pools) only queues the request threads on one lock.
      "fish.payara.match-connections=false"
    })
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/lokaal";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations run)");
    ready.fire(new DatabaseReady());
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
