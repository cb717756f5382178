/** REST resource for organisers: run, review, adjust and publish an edition's allocation. */
package nl.techniekpact.lokaal.proposal.boundary;
