/** Companies that receive school classes and the visit slots they offer. */
package nl.techniekpact.lokaal.company.entity;
