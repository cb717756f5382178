/** One entry of the audit log: who changed what, and when. */
package nl.techniekpact.lokaal.audit.entity;
