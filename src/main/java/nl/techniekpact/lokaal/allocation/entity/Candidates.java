package nl.techniekpact.lokaal.allocation.entity;

import java.util.Arrays;

/**
 * For every group, the slots it may take (level, day, reach and its own size all fit), with the
 * travel distance in whole metres and the wish points of each. Stored as primitive arrays, grouped
 * by group and sorted by slot within a group, because a national edition has millions of such
 * pairs. Pair {@code i} of group {@code g} lies in {@code from(g) <= i < to(g)}.
 */
public final class Candidates {

  private final int[] start;
  private final int[] slot;
  private final int[] metres;
  private final byte[] points;

  Candidates(int[] start, int[] slot, int[] metres, byte[] points) {
    this.start = start;
    this.slot = slot;
    this.metres = metres;
    this.points = points;
  }

  public int groupCount() {
    return start.length - 1;
  }

  /** Number of candidate pairs over all groups. */
  public int size() {
    return start[start.length - 1];
  }

  public int from(int group) {
    return start[group];
  }

  public int to(int group) {
    return start[group + 1];
  }

  public int count(int group) {
    return start[group + 1] - start[group];
  }

  public int slot(int pair) {
    return slot[pair];
  }

  public int metres(int pair) {
    return metres[pair];
  }

  public int points(int pair) {
    return points[pair];
  }

  /**
   * The pair of {@code group} with {@code slot}, or -1 when that slot is no candidate of the group.
   */
  public int pairOf(int group, int slot) {
    int i = Arrays.binarySearch(this.slot, start[group], start[group + 1], slot);
    return i >= 0 ? i : -1;
  }

  public boolean isCandidate(int group, int slot) {
    return pairOf(group, slot) >= 0;
  }

  /** The candidate slots of a group, in slot order: what an explanation starts from. */
  public int[] slotsOf(int group) {
    return Arrays.copyOfRange(slot, start[group], start[group + 1]);
  }

  /** Collects pairs group by group, in increasing group order, growing its arrays as needed. */
  public static final class Builder {

    private final int[] start;
    private int[] slot = new int[1024];
    private int[] metres = new int[1024];
    private byte[] points = new byte[1024];
    private int size;
    private int nextGroup;

    public Builder(int groupCount) {
      start = new int[groupCount + 1];
    }

    /** Adds the pairs of the next group; its slots must be in increasing order. */
    public void addGroup(
        int group, int[] slots, int[] metresOfSlots, int[] pointsOfSlots, int count) {
      if (group != nextGroup) {
        throw new IllegalStateException(
            "groups must be added in order, expected " + nextGroup + " got " + group);
      }
      if (size + count > slot.length) {
        int capacity = Math.max(size + count, slot.length + (slot.length >> 1));
        slot = Arrays.copyOf(slot, capacity);
        metres = Arrays.copyOf(metres, capacity);
        points = Arrays.copyOf(points, capacity);
      }
      for (int k = 0; k < count; k++) {
        if (k > 0 && slots[k] <= slots[k - 1]) {
          throw new IllegalArgumentException(
              "slots of group " + group + " are not in increasing order");
        }
        slot[size] = slots[k];
        metres[size] = metresOfSlots[k];
        points[size] = (byte) pointsOfSlots[k];
        size++;
      }
      start[group + 1] = size;
      nextGroup++;
    }

    public Candidates build() {
      if (nextGroup != start.length - 1) {
        throw new IllegalStateException(
            "only " + nextGroup + " of " + (start.length - 1) + " groups were added");
      }
      return new Candidates(
          start,
          Arrays.copyOf(slot, size),
          Arrays.copyOf(metres, size),
          Arrays.copyOf(points, size));
    }
  }
}
