package nl.techniekpact.lokaal.platform.entity;

/**
 * A request that is valid in itself but not in the current state of the data (HTTP 409), worded by
 * a message key with arguments.
 */
public class StateConflictException extends WordedRefusal {

  public StateConflictException(String key, Object... args) {
    super(key, args);
  }
}
