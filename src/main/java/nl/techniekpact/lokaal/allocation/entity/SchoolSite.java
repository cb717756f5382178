package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;

/**
 * A school location whose groups travel from {@code position}; {@code id} is its BRIN code plus
 * location.
 */
public record SchoolSite(String id, String name, Position position) {

  public SchoolSite {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
  }
}
