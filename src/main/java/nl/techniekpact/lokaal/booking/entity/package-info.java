/** Bookings of class groups into show sessions and centre visits, with seats and waiting lists. */
package nl.techniekpact.lokaal.booking.entity;
