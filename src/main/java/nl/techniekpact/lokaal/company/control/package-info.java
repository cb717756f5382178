/** Finding and storing companies and their slots. */
package nl.techniekpact.lokaal.company.control;
