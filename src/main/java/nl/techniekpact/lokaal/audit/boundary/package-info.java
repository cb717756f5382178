/** The audit log as organisers read it over REST. */
package nl.techniekpact.lokaal.audit.boundary;
