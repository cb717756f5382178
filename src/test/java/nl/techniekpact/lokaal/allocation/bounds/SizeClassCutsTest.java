package nl.techniekpact.lokaal.allocation.bounds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizeClassCutsTest {

  @Test
  void limitsHowManyLargeGroupsShareTheSeats() {
    // 50 seats, 3 groups: two of 21 or more, one of 26 or more.
    int[][] cuts = SizeClassCuts.of(new int[] {30, 21, 26, 22, 25}, 50, 3);
    assertEquals(2, cuts.length);
    assertArrayEquals(new int[] {21, 2}, cuts[0]);
    assertArrayEquals(new int[] {26, 1}, cuts[1]);
  }

  @Test
  void addsNothingWhenTheSeatsNeverBind() {
    assertEquals(0, SizeClassCuts.of(new int[] {15, 20, 25}, 90, 3).length);
  }
}
