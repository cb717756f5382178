package nl.techniekpact.lokaal.demo.control;

import java.util.SplittableRandom;

/**
 * How many attended activities each school of an invented register has in one school year, so that
 * the pact monitor shows schools in all three bands of goal 1.1: none, one, and two or more. The
 * bands get exact shares (rounded), shuffled over the schools; a school in the top band has two to
 * four activities.
 *
 * @param none share of the schools without any activity
 * @param one share of the schools with exactly one
 */
public record PactBands(double none, double one) {

  /** Most activities a school in the top band gets. */
  public static final int MOST = 4;

  public PactBands {
    if (none < 0 || one < 0 || none + one > 1) {
      throw new IllegalArgumentException(
          "shares must be at least 0 and add up to at most 1, were " + none + " and " + one);
    }
  }

  /** Activities per school, in the order of the schools. */
  public int[] draw(SplittableRandom random, int schools) {
    int noneCount = (int) Math.round(schools * none);
    int oneCount = Math.min(schools - noneCount, (int) Math.round(schools * one));
    int[] activities = new int[schools];
    for (int i = 0; i < schools; i++) {
      if (i < noneCount) {
        activities[i] = 0;
      } else if (i < noneCount + oneCount) {
        activities[i] = 1;
      } else {
        activities[i] = random.nextInt(3) == 0 ? random.nextInt(3, MOST + 1) : 2;
      }
    }
    for (int i = schools - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = activities[i];
      activities[i] = activities[j];
      activities[j] = swap;
    }
    return activities;
  }
}
