package nl.techniekpact.lokaal.platform.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Values that break a domain rule. Each names its field, so the client can show the error next to
 * it, and words the refusal by a message key with arguments, so each reader gets it in their own
 * language (see each feature's {@code messages} bundle).
 */
public class InvalidValueException extends RuntimeException {

  /** One refused field: its request path, the message key and the key's arguments. */
  public record Violation(String field, String key, List<Object> args) {
    public Violation {
      args = List.copyOf(args);
    }
  }

  private final List<Violation> violations;

  /** One refused field; {@code args} fill the message's {1}, {2}...; {0} is the field's label. */
  public InvalidValueException(String field, String key, Object... args) {
    this(List.of(new Violation(field, key, Arrays.asList(args))));
  }

  /** Every refused field of a form at once. */
  public InvalidValueException(List<Violation> violations) {
    super(violations.isEmpty() ? "no violations" : violations.get(0).key());
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid value needs a violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** The first refused field. */
  public String field() {
    return violations.get(0).field();
  }

  public List<Violation> violations() {
    return violations;
  }
}
