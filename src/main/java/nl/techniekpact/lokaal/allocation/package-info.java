/**
 * The allocator: places class groups in company slots so that every school takes part, as many
 * groups as possible go, wishes are met and travel stays short, in that order. Pure Java and
 * OR-tools.
 */
package nl.techniekpact.lokaal.allocation;
