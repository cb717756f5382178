/** Companies and the visit slots they offer in an edition. */
package nl.techniekpact.lokaal.company;
