/**
 * The allocation pipeline, run by {@link nl.techniekpact.lokaal.allocation.control.Allocator} in
 * this order:
 *
 * <ol>
 *   <li>candidates: every slot each group may go to under the hard rules, {@link
 *       nl.techniekpact.lokaal.allocation.control.CandidateGenerator};
 *   <li>pins: the organiser's hand placements, checked and fixed, {@link
 *       nl.techniekpact.lokaal.allocation.control.Allocator#pins};
 *   <li>exact or flow: the lexicographic MIP for editions small enough to prove, {@link
 *       nl.techniekpact.lokaal.allocation.exact.LexicographicMip}, else seat flows, {@link
 *       nl.techniekpact.lokaal.allocation.flow.FlowAllocator} (first-come-first-served, {@link
 *       nl.techniekpact.lokaal.allocation.control.FirstComeFirstServed}, is the baseline);
 *   <li>local search: {@link nl.techniekpact.lokaal.allocation.search.LocalSearch};
 *   <li>bounds: how far from the optimum the result may be, {@link
 *       nl.techniekpact.lokaal.allocation.bounds.BackgroundBound} and {@link
 *       nl.techniekpact.lokaal.allocation.bounds.RelaxedBound};
 *   <li>feasibility check: every hard rule once more, {@link
 *       nl.techniekpact.lokaal.allocation.control.FeasibilityCheck};
 *   <li>objective: {@link nl.techniekpact.lokaal.allocation.rules.ObjectiveFunction}.
 * </ol>
 *
 * No container types live here.
 */
package nl.techniekpact.lokaal.allocation.control;
