package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;

/**
 * A company that receives groups at {@code position}; groups wish for hosts, not for single slots.
 */
public record Host(String id, String name, Position position) {

  public Host {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
  }
}
