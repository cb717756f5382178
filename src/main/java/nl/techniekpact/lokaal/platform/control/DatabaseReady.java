package nl.techniekpact.lokaal.platform.control;

/** Fired once at start-up when the schema is migrated and the database can be used. */
public record DatabaseReady() {}
