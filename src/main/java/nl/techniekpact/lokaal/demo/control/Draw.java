package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices that depend only on the random's state, never on hash or iteration order. */
final class Draw {

  private Draw() {}

  static <T> T one(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** The index of a choice, each as likely as its weight. */
  static int weighted(SplittableRandom random, int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int ticket = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      ticket -= weights[i];
      if (ticket < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights changed while drawing");
  }

  /**
   * The first {@code count} items of a random order of the items (a partial Fisher-Yates shuffle).
   */
  static <T> List<T> distinct(SplittableRandom random, List<T> items, int count) {
    List<T> pool = new ArrayList<>(items);
    int take = Math.min(count, pool.size());
    for (int i = 0; i < take; i++) {
      int j = random.nextInt(i, pool.size());
      T swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
    }
    return List.copyOf(pool.subList(0, take));
  }

  static <T> List<T> shuffled(SplittableRandom random, List<T> items) {
    return distinct(random, items, items.size());
  }

  /**
   * How many rows each of the owners gets: at least {@code least[i]}, at most {@code most[i]}, in
   * all exactly {@code total}. Every unit above the minimum is one ticket; a shuffle decides which
   * tickets are drawn, so the totals are exact and the spread is even.
   */
  static int[] spread(SplittableRandom random, int[] least, int[] most, int total) {
    int[] counts = least.clone();
    int extra = total;
    int tickets = 0;
    for (int i = 0; i < least.length; i++) {
      extra -= least[i];
      tickets += most[i] - least[i];
    }
    if (extra < 0 || extra > tickets) {
      throw new IllegalArgumentException("cannot spread " + total + " over the given bounds");
    }
    int[] owners = new int[tickets];
    int next = 0;
    for (int i = 0; i < least.length; i++) {
      for (int t = least[i]; t < most[i]; t++) {
        owners[next++] = i;
      }
    }
    for (int i = 0; i < extra; i++) {
      int j = random.nextInt(i, tickets);
      int drawn = owners[j];
      owners[j] = owners[i];
      owners[i] = drawn;
      counts[drawn]++;
    }
    return counts;
  }
}
