package nl.techniekpact.lokaal.monitor.entity;

import nl.techniekpact.lokaal.event.entity.Level;

/** What is recorded of one school in an external activity; level null when not known. */
public record Participant(RegisterSchool school, int groups, int pupils, Level level) {}
