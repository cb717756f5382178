package nl.techniekpact.lokaal.platform.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;

/**
 * Gathers every refused field of a form before refusing it, so that a person sees all that needs
 * changing at once instead of one field per try.
 */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  /** The value {@code check} answers, or null after adding the fields it refused. */
  public <T> T check(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidValueException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  /** Runs {@code check}, adding the fields it refuses. */
  public void run(Runnable check) {
    check(
        () -> {
          check.run();
          return null;
        });
  }

  /** One more refused field. */
  public void add(Violation violation) {
    found.add(violation);
  }

  /** Whether any field is refused. */
  public boolean any() {
    return !found.isEmpty();
  }

  /** Whether {@code field} is refused already. */
  public boolean refused(String field) {
    return found.stream().anyMatch(v -> v.field().equals(field));
  }

  /**
   * Refuses every field gathered, if any, each once: a field refused by a part of the form (the
   * teacher's address) is not refused again by the whole that lacks that part.
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      Map<String, Violation> first = new LinkedHashMap<>();
      found.forEach(v -> first.putIfAbsent(v.field(), v));
      throw new InvalidValueException(List.copyOf(first.values()));
    }
  }
}
