/**
 * The method for editions too large to prove: min-cost flows over seats in sub-slots, followed by
 * local search, with a bound computed in the background. No container types.
 */
package nl.techniekpact.lokaal.allocation.flow;
