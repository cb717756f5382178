/**
 * Reads and writes the four CSV files of an edition. Reading is all or nothing: every error in
 * every file is collected, so organisers can fix their spreadsheets in one pass.
 */
package nl.techniekpact.lokaal.exchange.control;
