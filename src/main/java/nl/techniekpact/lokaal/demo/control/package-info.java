/**
 * The seeded generator of whole editions in the interchange model: the same parameters always give
 * the same schools, companies, slots and groups, so demos and benchmarks are reproducible.
 */
package nl.techniekpact.lokaal.demo.control;
