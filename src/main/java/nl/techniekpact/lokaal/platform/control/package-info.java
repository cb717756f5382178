/**
 * Procedures every feature shares, such as getting the database ready, the reference table of towns
 * that places schools and companies on the map, and the rule that keeps cells of exported CSV files
 * from running as spreadsheet formulas.
 */
package nl.techniekpact.lokaal.platform.control;
