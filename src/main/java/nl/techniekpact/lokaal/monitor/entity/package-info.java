/**
 * The register of schools, external activities, attendance and feedback, and the rules that count a
 * school year's activities against the pact's goal of two per primary school.
 */
package nl.techniekpact.lokaal.monitor.entity;
