/**
 * Sessions, magic links, password hashing, rate limits, and every access rule (in {@link
 * nl.techniekpact.lokaal.access.control.Access}).
 */
package nl.techniekpact.lokaal.access.control;
