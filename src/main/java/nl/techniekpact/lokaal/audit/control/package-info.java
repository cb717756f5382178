/** Writes an entry for every change, in the transaction of the change. */
package nl.techniekpact.lokaal.audit.control;
