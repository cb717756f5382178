/** Finding and storing schools and groups; the offer of companies within a group's reach. */
package nl.techniekpact.lokaal.school.control;
