package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.techniekpact.lokaal.allocation.control.Tiny;
import org.junit.jupiter.api.Test;

class SeatsRuleTest {

  @Test
  void allowsPupilsUpToTheSeats() {
    assertTrue(SeatsRule.fits(60, Tiny.slot("S", "H", 60, 3)));
  }

  @Test
  void refusesOnePupilMoreThanTheSeats() {
    assertFalse(SeatsRule.fits(61, Tiny.slot("S", "H", 60, 3)));
  }
}
