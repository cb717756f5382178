/** REST resources for regions and editions. */
package nl.techniekpact.lokaal.event.boundary;
