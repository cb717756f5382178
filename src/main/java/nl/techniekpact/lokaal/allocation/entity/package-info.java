/**
 * The allocation problem in plain Java (schools, hosts, slots, groups and their candidate slots),
 * its result, and the lexicographic objective that compares results. No container types live here.
 */
package nl.techniekpact.lokaal.allocation.entity;
