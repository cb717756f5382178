package nl.techniekpact.lokaal.allocation.flow;

import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * Integer costs that make one min-cost flow optimise the levels lexicographically: a school served
 * outweighs any number of groups, points and kilometres; a group outweighs any points and
 * kilometres. Between points and travel the weight is per group only (a point beats the longest
 * single trip), which keeps the costs far from overflowing a 64-bit flow solver that multiplies
 * them by the number of nodes; exact comparisons are left to local search.
 */
public record FlowWeights(long school, long group, long point, int metresPerUnit) {

  /** Exact in schools, groups and points; travel ignored. For bounds. */
  public static FlowWeights withoutTravel(int groups) {
    long group = 5L * groups + 1;
    long school = groups * group + 5L * groups + 1;
    return new FlowWeights(school, group, 1, 0);
  }

  /**
   * Exact in schools and groups; a point outweighs any single trip, travel counted per whole
   * kilometre.
   */
  static FlowWeights withTravel(int groups, Candidates candidates) {
    int longest = 0;
    for (int i = 0; i < candidates.size(); i++) {
      longest = Math.max(longest, candidates.metres(i));
    }
    long kmUnits = longest / 1000 + 1;
    long point = kmUnits + 1;
    long perGroup = 5 * point + kmUnits;
    long group = groups * perGroup + 1;
    long school = groups * (group + perGroup) + 1;
    return new FlowWeights(school, group, point, 1000);
  }

  /** What placing the pair earns (the flow minimises its negative). */
  long pair(Candidates candidates, int i) {
    long travel =
        metresPerUnit == 0 ? 0 : Math.round(candidates.metres(i) / (double) metresPerUnit);
    return group + point * candidates.points(i) - travel;
  }
}
