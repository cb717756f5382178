/** What organisers see of the mail Lokaal sends. */
package nl.techniekpact.lokaal.notification.boundary;
