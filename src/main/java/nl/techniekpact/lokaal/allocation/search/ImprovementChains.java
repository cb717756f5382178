package nl.techniekpact.lokaal.allocation.search;

import nl.techniekpact.lokaal.allocation.entity.Candidates;

/**
 * Moves placed groups to slots they like better, pushing out at most two other groups that move on
 * (possibly into the slot the first one left). Every accepted chain keeps all groups placed and
 * raises wish points, or keeps them and shortens travel, so schools and groups never drop.
 */
final class ImprovementChains {

  private final Assignment assignment;
  private final Candidates candidates;
  private final boolean[] pinned;

  ImprovementChains(Assignment assignment, boolean[] pinned) {
    this.assignment = assignment;
    this.candidates = assignment.candidates;
    this.pinned = pinned;
  }

  private static boolean better(int points, long metres) {
    return points > 0 || points == 0 && metres < 0;
  }

  /** Tries to improve by moving placed group g first; true when something changed. */
  boolean improve(int g) {
    int i = assignment.pairOf(g);
    int t = candidates.slot(i);
    for (int j = candidates.from(g); j < candidates.to(g); j++) {
      int target = candidates.slot(j);
      int points = candidates.points(j) - candidates.points(i);
      if (target == t || points < 0) {
        continue;
      }
      long metres = candidates.metres(j) - candidates.metres(i);
      if (assignment.fits(g, target)) {
        if (better(points, metres)) {
          assignment.move(g, j);
          return true;
        }
        continue;
      }
      for (int k = 0; k < assignment.groupsIn(target); k++) {
        int h = assignment.member(target, k);
        if (!pinned[h]
            && assignment.fitsInstead(g, h, target)
            && pushOn(g, j, t, h, target, points, metres)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * g goes to pair j (slot target), h leaves target for another slot, maybe pushing out one more.
   */
  private boolean pushOn(int g, int j, int t, int h, int target, int points, long metres) {
    int ih = assignment.pairOf(h);
    for (int k = candidates.from(h); k < candidates.to(h); k++) {
      int next = candidates.slot(k);
      if (next == target) {
        continue;
      }
      int p2 = points + candidates.points(k) - candidates.points(ih);
      long m2 = metres + candidates.metres(k) - candidates.metres(ih);
      if (roomFor(h, next, g, t) && better(p2, m2)) {
        apply(g, j, h, k, -1, -1);
        return true;
      }
      if (p2 > 0 && next != t) {
        for (int l = 0; l < assignment.groupsIn(next); l++) {
          int h2 = assignment.member(next, l);
          if (!pinned[h2]
              && h2 != g
              && assignment.fitsInstead(h, h2, next)
              && landLast(g, j, t, h, k, h2, target, next, p2, m2)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean landLast(
      int g, int j, int t, int h, int k, int h2, int target, int next, int points, long metres) {
    int i2 = assignment.pairOf(h2);
    for (int l = candidates.from(h2); l < candidates.to(h2); l++) {
      int last = candidates.slot(l);
      if (last == target || last == next) {
        continue;
      }
      int p3 = points + candidates.points(l) - candidates.points(i2);
      long m3 = metres + candidates.metres(l) - candidates.metres(i2);
      if (better(p3, m3) && roomFor(h2, last, g, t)) {
        apply(g, j, h, k, h2, l);
        return true;
      }
    }
    return false;
  }

  /** Whether group x fits in slot s, counting that group g has left its slot t. */
  private boolean roomFor(int x, int s, int g, int t) {
    return s == t ? assignment.fitsInstead(x, g, s) : assignment.fits(x, s);
  }

  private void apply(int g, int j, int h, int k, int h2, int l) {
    assignment.remove(g);
    assignment.remove(h);
    if (h2 >= 0) {
      assignment.remove(h2);
      assignment.place(h2, l);
    }
    assignment.place(h, k);
    assignment.place(g, j);
  }
}
