package nl.techniekpact.lokaal.allocation.flow;

import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * The candidate pairs seen from the slot side, which the candidate arrays (grouped by group) do not
 * give directly.
 */
public final class SlotPairs {

  private SlotPairs() {}

  /** For every slot, its candidate pairs in increasing pair (so group) order. */
  public static int[][] of(Candidates candidates, int slotCount) {
    int[] counts = new int[slotCount];
    for (int i = 0; i < candidates.size(); i++) {
      counts[candidates.slot(i)]++;
    }
    int[][] pairs = new int[slotCount][];
    for (int t = 0; t < slotCount; t++) {
      pairs[t] = new int[counts[t]];
      counts[t] = 0;
    }
    for (int i = 0; i < candidates.size(); i++) {
      int t = candidates.slot(i);
      pairs[t][counts[t]++] = i;
    }
    return pairs;
  }

  /** The group of every pair. */
  public static int[] groupOfPair(Candidates candidates) {
    int[] group = new int[candidates.size()];
    for (int g = 0; g < candidates.groupCount(); g++) {
      for (int i = candidates.from(g); i < candidates.to(g); i++) {
        group[i] = g;
      }
    }
    return group;
  }
}
