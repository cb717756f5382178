/** Mail as Lokaal keeps it until it is delivered: the outbox. */
package nl.techniekpact.lokaal.notification.entity;
