/**
 * Schema migrations that one SQL script cannot write for both MariaDB and H2; Flyway runs them in
 * version order with the scripts in {@code db/migration}.
 */
package db.migration;
