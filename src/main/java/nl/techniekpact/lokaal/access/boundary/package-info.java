/** Signing in and out, organiser accounts, and establishing the caller of every request. */
package nl.techniekpact.lokaal.access.boundary;
