package nl.techniekpact.lokaal.school.entity;

/**
 * A class group has another number of pupils now. Fired inside the change's transaction, so that
 * its bookings can follow there: none may hold seats for more pupils than the group has.
 */
public record GroupResized(ClassGroup group) {}
