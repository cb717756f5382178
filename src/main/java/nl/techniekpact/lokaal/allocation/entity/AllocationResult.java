package nl.techniekpact.lokaal.allocation.entity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A finished allocation run: the allocation and its objective, how it was made, the bounds it is
 * measured against and whether it is proven optimal. The problem and every group's candidate slots
 * come along, so that a placement or a waiting list can later be explained to a teacher.
 */
public record AllocationResult(
    AllocationProblem problem,
    Candidates candidates,
    Allocation allocation,
    Objective objective,
    Method method,
    Bounds bounds,
    boolean optimal,
    Duration elapsed) {

  public AllocationResult {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public List<Placement> placements() {
    return allocation.placements(problem);
  }

  public double gapPoints() {
    return bounds.gapPoints(objective);
  }
}
