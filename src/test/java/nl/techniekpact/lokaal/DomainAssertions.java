package nl.techniekpact.lokaal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import org.junit.jupiter.api.function.Executable;

/**
 * Refusals of invalid values must name the offending field, so clients can show the error next to
 * it.
 */
public final class DomainAssertions {

  private DomainAssertions() {}

  public static InvalidValueException assertInvalid(String field, Executable action) {
    InvalidValueException refusal = assertThrows(InvalidValueException.class, action);
    assertEquals(field, refusal.field(), () -> "field named by: " + refusal.getMessage());
    return refusal;
  }
}
