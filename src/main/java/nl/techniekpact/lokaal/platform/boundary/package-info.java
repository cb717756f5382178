/** The REST application and the mapping of every error to an RFC 9457 problem+json response. */
package nl.techniekpact.lokaal.platform.boundary;
