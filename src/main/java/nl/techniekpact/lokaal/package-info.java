/**
 * Lokaal, the registration and scheduling system of the regional technology pacts: one package per
 * feature, each with boundary (REST), control (procedures) and entity (the domain).
 */
package nl.techniekpact.lokaal;
