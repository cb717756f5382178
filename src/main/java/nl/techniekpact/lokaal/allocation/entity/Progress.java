package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a running allocation reports: the stage it is in and the best objective found so far, if
 * any.
 */
public record Progress(Stage stage, Optional<Objective> best) {

  public Progress {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(best, "best");
  }

  @Override
  public String toString() {
    return stage.description() + best.map(o -> ": " + o).orElse("");
  }
}
