/** REST resources for companies signing up, their profile, and the visit slots they offer. */
package nl.techniekpact.lokaal.company.boundary;
