package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Function;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.platform.entity.Town;
import org.junit.jupiter.api.Test;

class TownPickerTest {

  private static final int DRAWS = 20_000;
  private final TownPicker picker = new TownPicker(Towns.standard().all(), new SplittableRandom(1));

  @Test
  void aTownGetsMorePrimarySchoolsThanAVillage() {
    SplittableRandom random = new SplittableRandom(2);
    long doetinchem = count(random, picker::bySize, "Doetinchem");
    long keijenborg = count(random, picker::bySize, "Keijenborg");
    assertTrue(doetinchem > 5 * keijenborg, doetinchem + " against " + keijenborg);
    assertTrue(keijenborg > 0, "villages keep a school too");
  }

  @Test
  void secondarySchoolsGatherInTheLargerTowns() {
    SplittableRandom random = new SplittableRandom(3);
    long doetinchem = count(random, picker::forSecondarySchool, "Doetinchem");
    long keijenborg = count(random, picker::forSecondarySchool, "Keijenborg");
    assertTrue(doetinchem > 100 * Math.max(1, keijenborg), doetinchem + " against " + keijenborg);
  }

  private static long count(
      SplittableRandom random, Function<SplittableRandom, Town> pick, String name) {
    long hits = 0;
    for (int i = 0; i < DRAWS; i++) {
      hits += pick.apply(random).name().equals(name) ? 1 : 0;
    }
    return hits;
  }
}
