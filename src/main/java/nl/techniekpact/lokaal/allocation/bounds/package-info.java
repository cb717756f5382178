/**
 * Upper bounds on the objective, so a run that cannot prove the optimum can say how far from it it
 * may be: the LP relaxation with size-class cuts and per-slot knapsacks, and the relaxed flow. No
 * container types.
 */
package nl.techniekpact.lokaal.allocation.bounds;
