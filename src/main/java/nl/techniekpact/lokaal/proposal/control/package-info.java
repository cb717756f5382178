/**
 * The proposal workflow: turning an edition into the allocator's problem, running it as a
 * background job, storing its result as a proposal with explanations, and checking hand moves.
 */
package nl.techniekpact.lokaal.proposal.control;
