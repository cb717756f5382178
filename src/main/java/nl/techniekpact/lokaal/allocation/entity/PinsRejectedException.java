package nl.techniekpact.lokaal.allocation.entity;

import java.util.List;

/**
 * Pins that break a hard rule (alone or together): the allocation does not start, and each reason
 * is listed.
 */
public class PinsRejectedException extends IllegalArgumentException {

  private final transient List<Violation> violations;

  public PinsRejectedException(List<Violation> violations) {
    super(
        "the pinned placements break "
            + violations.size()
            + " rule(s): "
            + violations.stream().map(Violation::reason).toList());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
