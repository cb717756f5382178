package nl.techniekpact.lokaal.allocation.entity;

import java.util.Comparator;
import java.util.Locale;

/**
 * How good a feasible allocation is, compared lexicographically: schools served, then groups
 * placed, then wish points (all more is better), then travel (less is better). Travel is kept in
 * whole metres and compared after rounding to tenths of a kilometre, the precision the organisers
 * see, so that two results that read the same also rank the same.
 *
 * <p>The natural order runs from worse to better: {@code a.compareTo(b) > 0} means a is better.
 */
public record Objective(int schools, int groups, int points, long metres)
    implements Comparable<Objective> {

  /** Nothing placed: the objective of an empty allocation. */
  public static final Objective NONE = new Objective(0, 0, 0, 0);

  private static final Comparator<Objective> WORSE_TO_BETTER =
      Comparator.comparingInt(Objective::schools)
          .thenComparingInt(Objective::groups)
          .thenComparingInt(Objective::points)
          .thenComparing(Comparator.comparingLong(Objective::tenthsOfKm).reversed());

  public Objective {
    if (schools < 0 || groups < schools || points < 0 || metres < 0) {
      throw new IllegalArgumentException(
          "not an objective: " + schools + "/" + groups + "/" + points + "/" + metres);
    }
  }

  /** Total travel in tenths of a kilometre, rounded half up. */
  public long tenthsOfKm() {
    return (metres + 50) / 100;
  }

  public double km() {
    return tenthsOfKm() / 10.0;
  }

  @Override
  public int compareTo(Objective other) {
    return WORSE_TO_BETTER.compare(this, other);
  }

  public boolean isBetterThan(Objective other) {
    return compareTo(other) > 0;
  }

  /**
   * The objective line of the command-line tools: {@code schools=111 groups=238 points=713
   * km=2035.7}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "schools=%d groups=%d points=%d km=%d.%d",
        schools,
        groups,
        points,
        tenthsOfKm() / 10,
        tenthsOfKm() % 10);
  }
}
