/**
 * The allocation proposal of an edition: an organiser runs the allocator in the background, reviews
 * each group's proposed slot and why, pins groups by hand and publishes the proposal as bookings.
 * The solver itself lives in {@link nl.techniekpact.lokaal.allocation}.
 */
package nl.techniekpact.lokaal.proposal;
