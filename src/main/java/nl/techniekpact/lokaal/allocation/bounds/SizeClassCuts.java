package nl.techniekpact.lokaal.allocation.bounds;

import java.util.Arrays;

/**
 * Valid inequalities for one slot's seats: of its groups with q or more pupils at most floor(seats
 * / q) fit. The plain seats row lets a relaxation seat two and a half groups of 25 in 60 seats;
 * these rows do not, which makes LP bounds much tighter and MIPs much faster. Only sizes that cut
 * something are kept, and of several sizes with the same limit only the smallest (it covers more
 * groups with the same right-hand side).
 */
public final class SizeClassCuts {

  private SizeClassCuts() {}

  /**
   * @param sizes the pupils of the slot's candidate groups, in any order
   * @param seats the slot's free seats
   * @param groups the most groups the slot takes anyway
   * @return pairs {q, limit}: at most limit of the groups with q or more pupils, smallest q first
   */
  public static int[][] of(int[] sizes, int seats, int groups) {
    int[] sorted = sizes.clone();
    Arrays.sort(sorted);
    int[][] cuts = new int[sorted.length][];
    int n = 0;
    int previous = Integer.MAX_VALUE;
    for (int k = 0; k < sorted.length; k++) {
      int q = sorted[k];
      if (k > 0 && q == sorted[k - 1]) {
        continue;
      }
      int limit = seats / q;
      int atLeast = sorted.length - k;
      if (limit < previous && limit < Math.min(groups, atLeast)) {
        cuts[n++] = new int[] {q, limit};
      }
      previous = Math.min(previous, limit);
    }
    return Arrays.copyOf(cuts, n);
  }
}
