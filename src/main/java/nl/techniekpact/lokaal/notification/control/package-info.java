/** Rendering mail from the templates, writing it to the outbox, and delivering it over SMTP. */
package nl.techniekpact.lokaal.notification.control;
