package nl.techniekpact.lokaal.allocation.bounds;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A sharper bound from the LP's prices (Lagrangian relaxation): every row is priced except each
 * slot's own seats and groups, so every slot becomes a small knapsack, solved exactly. The LP's
 * rows describe a slot only approximately (they seat 30 and 3/4 of a group of 40 in 60 seats), a
 * knapsack exactly. Any prices give a valid bound; at the LP's it is never weaker than the LP's
 * own. There are no subgradient steps from the LP's prices: many groups earn exactly nothing at
 * those prices, and a first step floods the knapsacks with them (docs/allocator.md).
 */
final class SlotKnapsacks {

  private final LpRows rows;
  private double[][] best = new double[1][1];

  SlotKnapsacks(LpRows rows) {
    this.rows = rows;
  }

  /**
   * No allocation within the rows' limits earns more than this (the pinned groups' share left out).
   */
  double bound(LpDuals duals, IntUnaryOperator value) {
    int groups = rows.groupRow.length;
    double[] price = new double[groups];
    double bound = duals.outsideSlots();
    var candidates = rows.candidates;
    for (int g = 0; g < groups; g++) {
      // A group whose pairs still earn at the LP's prices pays the most it earns: then no slot's
      // knapsack
      // earns more than the LP's prices of that slot's rows, and this bound is at most the LP's.
      double raise = 0;
      for (int i = candidates.from(g); rows.isFree(g) && i < candidates.to(g); i++) {
        raise = Math.max(raise, value.applyAsInt(i) - duals.price(g, i));
      }
      price[g] = duals.ownPrice(g) + raise;
      bound += raise;
    }
    for (int t = 0; t < rows.pairsOfSlot.length; t++) {
      bound += knapsack(t, price, value);
    }
    return bound;
  }

  /**
   * The most slot t earns with at most its free seats and groups: a 0/1 knapsack by seats and
   * count.
   */
  private double knapsack(int t, double[] price, IntUnaryOperator value) {
    int seats = rows.freeSeats[t];
    int most = rows.mostGroups[t];
    if (most == 0) {
      return 0;
    }
    if (best.length <= most || best[0].length <= seats) {
      best = new double[Math.max(best.length, most + 1)][Math.max(best[0].length, seats + 1)];
    }
    for (int k = 0; k <= most; k++) {
      Arrays.fill(best[k], 0, seats + 1, 0);
    }
    // best[k][c]: the most that at most k of the groups seen so far, with at most c pupils, earn.
    for (int i : rows.pairsOfSlot[t]) {
      int g = rows.groupOfPair[i];
      int pupils = rows.problem.group(g).pupils();
      double earns = value.applyAsInt(i) - price[g];
      if (!rows.isFree(g) || earns <= 0 || pupils > seats) {
        continue;
      }
      for (int k = most; k >= 1; k--) {
        double[] row = best[k];
        double[] fewer = best[k - 1];
        for (int c = seats; c >= pupils; c--) {
          row[c] = Math.max(row[c], fewer[c - pupils] + earns);
        }
      }
    }
    return best[most][seats];
  }
}
