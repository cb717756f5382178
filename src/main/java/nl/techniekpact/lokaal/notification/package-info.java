/**
 * What Lokaal tells people: the transactional mail outbox and its delivery, mail templates,
 * iCalendar invites and calendar feeds.
 */
package nl.techniekpact.lokaal.notification;
