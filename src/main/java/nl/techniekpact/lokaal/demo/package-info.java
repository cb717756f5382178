/**
 * Demo and test data: invented but realistic editions of the Week van de Techniek, so the system
 * can be shown, tried and load-tested without anyone's real registrations.
 */
package nl.techniekpact.lokaal.demo;
