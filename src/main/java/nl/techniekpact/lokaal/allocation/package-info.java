/**
 * The allocator: places class groups in company slots so that every school takes part, as many
 * groups as possible go, wishes are met and travel stays short, in that order. Pure Java and
 * OR-tools; the stages, in order, are listed in {@link nl.techniekpact.lokaal.allocation.control},
 * the problem and its result in {@link nl.techniekpact.lokaal.allocation.entity}.
 */
package nl.techniekpact.lokaal.allocation;
