package nl.techniekpact.lokaal.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The refusals of one form gathered as its fields are checked one by one, so the answer names every
 * field that needs another look at once rather than one per try.
 */
public final class Violations {

  private final List<InvalidValueException.Violation> found = new ArrayList<>();

  /** The checked value, or null when the check refused it (the refusal is kept). */
  public <T> T check(Supplier<T> checked) {
    try {
      return checked.get();
    } catch (InvalidValueException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  public void add(InvalidValueException.Violation violation) {
    found.add(violation);
  }

  public boolean any() {
    return !found.isEmpty();
  }

  /** Refuses the form with every refusal found; does nothing when there was none. */
  public void refuseAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }
}
