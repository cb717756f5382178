/** An edition in and out as files in the CSV interchange format. */
package nl.techniekpact.lokaal.exchange;
