/** Regions, their event editions (company visits, the show, centre visits), levels and venues. */
package nl.techniekpact.lokaal.event.entity;
