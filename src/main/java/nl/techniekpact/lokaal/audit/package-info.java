/** The audit log: who changed which edition, slot, group or booking, and when. */
package nl.techniekpact.lokaal.audit;
