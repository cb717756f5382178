/** Regions, editions of an activity (kind, dates, registration window, levels) and their venues. */
package nl.techniekpact.lokaal.event;
