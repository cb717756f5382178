/**
 * REST resources of the pact's year: register, activities, attendance, feedback and the monitor.
 */
package nl.techniekpact.lokaal.monitor.boundary;
