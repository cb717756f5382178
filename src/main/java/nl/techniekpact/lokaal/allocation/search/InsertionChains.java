package nl.techniekpact.lokaal.allocation.search;

import java.util.Arrays;

/**
 * Places a waiting group by an ejection chain: the group takes a slot, the group it pushes out
 * moves to another slot, and so on until one lands in a slot with room. Everyone on the chain stays
 * placed, so schools and groups can only go up. The chain is found breadth first over slots (each
 * slot at most once per search), which finds short chains first and bounds the work per group.
 */
final class InsertionChains {

  /** Most chain links examined per waiting group; enough for chains of four or five moves. */
  private static final int MOST_LINKS = 60_000;

  private final Assignment assignment;
  private final boolean[] pinned;
  private final int[] visitedIn;
  private int search;
  private int[] slot = new int[1024];
  private int[] mover = new int[1024];
  private int[] pair = new int[1024];
  private int[] parent = new int[1024];

  InsertionChains(Assignment assignment, boolean[] pinned) {
    this.assignment = assignment;
    this.pinned = pinned;
    visitedIn = new int[assignment.problem.slotCount()];
  }

  /** Tries to place waiting group g; true when it was placed. */
  boolean insert(int g) {
    var candidates = assignment.candidates;
    search++;
    int size = 0;
    for (int i = candidates.from(g); i < candidates.to(g); i++) {
      size = push(size, candidates.slot(i), g, i, -1);
    }
    for (int head = 0; head < size && size < MOST_LINKS; head++) {
      int t = slot[head];
      int x = mover[head];
      if (assignment.fits(x, t)) {
        apply(head);
        return true;
      }
      for (int k = 0; k < assignment.groupsIn(t); k++) {
        int h = assignment.member(t, k);
        if (pinned[h] || !assignment.fitsInstead(x, h, t)) {
          continue;
        }
        for (int j = candidates.from(h); j < candidates.to(h); j++) {
          size = push(size, candidates.slot(j), h, j, head);
        }
      }
    }
    return false;
  }

  private int push(int size, int t, int x, int i, int from) {
    if (visitedIn[t] == search) {
      return size;
    }
    visitedIn[t] = search;
    if (size == slot.length) {
      slot = Arrays.copyOf(slot, size * 2);
      mover = Arrays.copyOf(mover, size * 2);
      pair = Arrays.copyOf(pair, size * 2);
      parent = Arrays.copyOf(parent, size * 2);
    }
    slot[size] = t;
    mover[size] = x;
    pair[size] = i;
    parent[size] = from;
    return size + 1;
  }

  /** Moves every group on the chain ending at link {@code end}: first all out, then all in. */
  private void apply(int end) {
    for (int link = end; link >= 0; link = parent[link]) {
      if (assignment.isPlaced(mover[link])) {
        assignment.remove(mover[link]);
      }
    }
    for (int link = end; link >= 0; link = parent[link]) {
      assignment.place(mover[link], pair[link]);
    }
  }
}
