package nl.techniekpact.lokaal.platform.entity;

/**
 * A value that breaks a domain rule; names the field so the client can show the error next to it.
 */
public class InvalidValueException extends RuntimeException {

  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
