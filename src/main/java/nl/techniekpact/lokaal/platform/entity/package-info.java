/**
 * Value objects every feature uses (addresses, positions, contacts) and the domain's exceptions.
 */
package nl.techniekpact.lokaal.platform.entity;
