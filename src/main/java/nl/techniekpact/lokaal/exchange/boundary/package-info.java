/** Import and export of an edition in the CSV interchange format over REST. */
package nl.techniekpact.lokaal.exchange.boundary;
