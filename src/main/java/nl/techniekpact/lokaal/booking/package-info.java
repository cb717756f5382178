/**
 * Direct booking of the show's sessions and centre visits: seats, waiting lists, never overbooked.
 */
package nl.techniekpact.lokaal.booking;
