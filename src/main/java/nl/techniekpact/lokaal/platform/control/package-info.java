/**
 * Procedures every feature shares, such as getting the database ready and the reference table of
 * towns that places schools and companies on the map.
 */
package nl.techniekpact.lokaal.platform.control;
