package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class DayRuleTest {

  private final Group mondaysAndWednesdays =
      new Group(
          "G", "A", Level.PO7, 20, Set.of(Tiny.MONDAY, Tiny.MONDAY.plusDays(2)), 10, List.of());

  @Test
  void allowsASlotOnOneOfTheGroupsDays() {
    Slot wednesday = new Slot("S", "H", Tiny.MONDAY.plusDays(2), 30, 1, Set.of(Level.PO7));
    assertTrue(DayRule.allows(mondaysAndWednesdays, wednesday));
  }

  @Test
  void refusesASlotOnAnotherDay() {
    Slot tuesday = new Slot("S", "H", Tiny.TUESDAY, 30, 1, Set.of(Level.PO7));
    assertFalse(DayRule.allows(mondaysAndWednesdays, tuesday));
  }
}
