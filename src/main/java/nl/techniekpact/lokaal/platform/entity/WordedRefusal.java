package nl.techniekpact.lokaal.platform.entity;

import java.util.Arrays;
import java.util.List;

/**
 * A refusal of the whole request, not of one field, worded by a message key with arguments in a
 * feature's {@code messages} bundle; its mapper chooses the status and the reader's language.
 */
public abstract class WordedRefusal extends RuntimeException {

  private final String key;
  private final List<Object> args;

  protected WordedRefusal(String key, Object... args) {
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
