/** Finding and storing editions and regions. */
package nl.techniekpact.lokaal.event.control;
