package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PactBandsTest {

  private final PactBands bands = new PactBands(0.3, 0.25);

  @Test
  void everyBandGetsItsShareOfTheSchools() {
    int[] activities = bands.draw(new SplittableRandom(1), 100);
    assertEquals(30, Arrays.stream(activities).filter(n -> n == 0).count());
    assertEquals(25, Arrays.stream(activities).filter(n -> n == 1).count());
    assertEquals(45, Arrays.stream(activities).filter(n -> n >= 2).count());
  }

  @Test
  void schoolsInTheTopBandHaveTwoToFourActivities() {
    int[] activities = bands.draw(new SplittableRandom(2), 1000);
    assertTrue(Arrays.stream(activities).allMatch(n -> n >= 0 && n <= PactBands.MOST));
    assertTrue(Arrays.stream(activities).anyMatch(n -> n > 2), "some schools do more than two");
  }

  @Test
  void theBandsAreSpreadOverTheSchoolsNotInListOrder() {
    int[] activities = bands.draw(new SplittableRandom(3), 100);
    int[] first = Arrays.copyOf(activities, 30);
    assertTrue(Arrays.stream(first).anyMatch(n -> n > 0), "the first schools are not all idle");
  }

  @Test
  void theSameSeedGivesTheSameYear() {
    assertArrayEquals(
        bands.draw(new SplittableRandom(4), 120), bands.draw(new SplittableRandom(4), 120));
  }

  @Test
  void sharesAboveTheWholeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PactBands(0.7, 0.4));
  }
}
