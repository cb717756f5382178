/** REST resources for sessions with seats left, booking them, and managing bookings. */
package nl.techniekpact.lokaal.booking.boundary;
