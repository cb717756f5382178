package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.techniekpact.lokaal.allocation.control.Tiny;
import org.junit.jupiter.api.Test;

class MaxGroupsRuleTest {

  @Test
  void allowsGroupsUpToTheSlotsMaximum() {
    assertTrue(MaxGroupsRule.fits(2, Tiny.slot("S", "H", 90, 2)));
  }

  @Test
  void refusesOneGroupMoreThanTheMaximum() {
    assertFalse(MaxGroupsRule.fits(3, Tiny.slot("S", "H", 90, 2)));
  }
}
