/** Reads and keeps the pact's year: register imports, activity records, attendance and feedback. */
package nl.techniekpact.lokaal.monitor.control;
