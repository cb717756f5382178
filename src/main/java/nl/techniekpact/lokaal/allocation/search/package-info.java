/**
 * Local search that improves an allocation while keeping every hard rule: improvement and insertion
 * chains and a small MIP over one window of slots at a time. No container types.
 */
package nl.techniekpact.lokaal.allocation.search;
