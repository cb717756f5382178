package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log also records what organisers do to their region outside any edition (the register
 * of schools, activities outside Lokaal): entries get the region, and the edition becomes optional.
 * MariaDB and H2 disagree on how to drop a NOT NULL, hence Java rather than SQL.
 */
public class V17__AuditByRegion extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    try (Statement sql = connection.createStatement()) {
      sql.execute("ALTER TABLE audit_entry ADD COLUMN region_id BIGINT");
      sql.execute(
          "UPDATE audit_entry SET region_id ="
              + " (SELECT e.region_id FROM edition e WHERE e.id = audit_entry.edition_id)");
      sql.execute(
          h2
              ? "ALTER TABLE audit_entry ALTER COLUMN edition_id BIGINT NULL"
              : "ALTER TABLE audit_entry MODIFY edition_id BIGINT NULL");
      sql.execute("CREATE INDEX ix_audit_region ON audit_entry (region_id, id)");
    }
  }
}
