/**
 * How allocations are made and judged: the hard rules and objective terms, one class each;
 * candidate generation; the exact MIP, the flow with local search, the first-come-first-served
 * baseline; the {@link nl.techniekpact.lokaal.allocation.control.Allocator} that picks among them;
 * and the command-line tools.
 */
package nl.techniekpact.lokaal.allocation.control;
