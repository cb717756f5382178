package nl.techniekpact.lokaal.exchange.entity;

/**
 * Why one cell (or row, or file) of an import was refused: file, line (header = 1), column name,
 * reason.
 */
public record RowError(String file, int line, String column, String reason) {}
