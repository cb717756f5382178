/** Booking seats under a row lock, waiting lists and their promotion. */
package nl.techniekpact.lokaal.booking.control;
