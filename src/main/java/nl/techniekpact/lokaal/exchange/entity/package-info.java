/**
 * The CSV interchange format of one edition as checked rows, and the errors that refuse an import.
 */
package nl.techniekpact.lokaal.exchange.entity;
