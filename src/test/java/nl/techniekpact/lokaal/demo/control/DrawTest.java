package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawTest {

  @Test
  void aSpreadGivesEveryOwnerBetweenItsBoundsAndExactlyTheTotal() {
    int[] least = {1, 1, 1, 1, 0};
    int[] most = {3, 3, 4, 4, 2};
    int[] counts = Draw.spread(new SplittableRandom(5), least, most, 11);
    assertEquals(11, Arrays.stream(counts).sum());
    for (int i = 0; i < counts.length; i++) {
      assertTrue(counts[i] >= least[i] && counts[i] <= most[i], Arrays.toString(counts));
    }
  }

  @Test
  void aSpreadAtEitherBoundIsExact() {
    assertArrayEquals(
        new int[] {1, 2},
        Draw.spread(new SplittableRandom(1), new int[] {1, 2}, new int[] {3, 4}, 3));
    assertArrayEquals(
        new int[] {3, 4},
        Draw.spread(new SplittableRandom(1), new int[] {1, 2}, new int[] {3, 4}, 7));
  }

  @Test
  void aTotalOutsideTheBoundsCannotBeSpread() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Draw.spread(new SplittableRandom(1), new int[] {1}, new int[] {3}, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> Draw.spread(new SplittableRandom(1), new int[] {1}, new int[] {3}, 0));
  }

  @Test
  void distinctItemsNeverRepeatAndNeverExceedTheList() {
    List<Integer> items = IntStream.range(0, 10).boxed().toList();
    List<Integer> drawn = Draw.distinct(new SplittableRandom(3), items, 6);
    assertEquals(6, Set.copyOf(drawn).size());
    assertEquals(10, Draw.distinct(new SplittableRandom(3), items, 50).size());
  }

  @Test
  void weightedChoicesSkipWhatWeighsNothing() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 100; i++) {
      assertEquals(1, Draw.weighted(random, 0, 5, 0));
    }
  }

  @Test
  void theSameSeedDrawsTheSameWay() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    assertEquals(
        Draw.shuffled(new SplittableRandom(8), items),
        Draw.shuffled(new SplittableRandom(8), items));
  }
}
