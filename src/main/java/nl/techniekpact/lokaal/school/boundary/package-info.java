/**
 * REST resources for schools signing up, their class groups, and the offer they choose wishes from.
 */
package nl.techniekpact.lokaal.school.boundary;
