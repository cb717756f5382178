package nl.techniekpact.lokaal.platform.entity;

import java.util.Arrays;
import java.util.List;

/**
 * A request that is valid in itself but not in the current state of the data (HTTP 409), worded by
 * a message key with arguments (see {@code platform/control/messages.properties}).
 */
public class StateConflictException extends RuntimeException {

  private final String key;
  private final List<Object> args;

  public StateConflictException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = Arrays.asList(args);
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }
}
