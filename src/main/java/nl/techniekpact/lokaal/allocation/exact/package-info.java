/**
 * The exact method: a lexicographic MIP that optimises schools, then groups, then wish points, then
 * travel, each level fixed before the next, and proves the optimum when it finishes. No container
 * types.
 */
package nl.techniekpact.lokaal.allocation.exact;
