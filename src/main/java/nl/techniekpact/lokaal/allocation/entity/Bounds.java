package nl.techniekpact.lokaal.allocation.entity;

/**
 * Upper bounds a result is measured against: no feasible allocation serves more than {@code
 * schools} schools; none serving that many places more than {@code groups} groups; none serving and
 * placing that many earns more than {@code points} wish points. {@code pointsSource} says how the
 * points bound was obtained (for instance "optimum", "lp", "flow").
 */
public record Bounds(int schools, int groups, int points, String pointsSource) {

  /**
   * Relative distance of an objective's points below the points bound: 0 when it reaches the bound.
   */
  public double gapPoints(Objective objective) {
    return points == 0 ? 0 : Math.max(0, (points - objective.points()) / (double) points);
  }

  /**
   * Whether an objective reaches the schools and groups bounds, so it is optimal on those two
   * levels.
   */
  public boolean reachesSchoolsAndGroups(Objective objective) {
    return objective.schools() == schools && objective.groups() == groups;
  }
}
