package nl.techniekpact.lokaal.platform.entity;

/**
 * A request field named inside a message: shown as the form's label for it ("Aantal leerlingen"),
 * never as its path ({@code pupils}).
 */
public record Label(String field) {}
