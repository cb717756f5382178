package nl.techniekpact.lokaal.platform.entity;

/** A request that is valid in itself but not in the current state of the data (HTTP 409). */
public class StateConflictException extends RuntimeException {

  public StateConflictException(String message) {
    super(message);
  }
}
