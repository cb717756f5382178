package nl.techniekpact.lokaal.platform.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The caller may not do this (HTTP 403), worded by a message key with arguments that says who may,
 * so the reader knows whom to ask.
 */
public class ForbiddenActionException extends RuntimeException {

  private final String key;
  private final List<Object> args;

  public ForbiddenActionException(String key, Object... args) {
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
