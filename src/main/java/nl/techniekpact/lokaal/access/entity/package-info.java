/** Who may do what: organiser accounts, roles, and the tokens behind magic links and sessions. */
package nl.techniekpact.lokaal.access.entity;
