/**
 * The hard rules (day, level, reach, seats, groups per slot, one slot per group) and the objective
 * terms (schools served, groups placed, wish points, travel), one small class each; {@link
 * nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction} adds the terms up. No container types.
 */
package nl.techniekpact.lokaal.allocation.rules;
