/**
 * Procedures every feature shares, such as getting the database ready, the reference table of towns
 * that places schools and companies on the map, the rule that keeps cells of exported CSV files
 * from running as spreadsheet formulas, and the rules every exported Excel workbook follows.
 */
package nl.techniekpact.lokaal.platform.control;
