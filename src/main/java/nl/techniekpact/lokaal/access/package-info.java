/**
 * Who may do what: organiser accounts, magic links and sessions for schools and companies, and the
 * guards against replay, forged requests and guessing.
 */
package nl.techniekpact.lokaal.access;
