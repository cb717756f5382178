/** A proposed placement of one class group, with the explanation of why it got what it got. */
package nl.techniekpact.lokaal.proposal.entity;
