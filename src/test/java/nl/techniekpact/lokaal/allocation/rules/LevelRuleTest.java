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

class LevelRuleTest {

  private final Slot forGroep7And8 =
      new Slot("S1", "H", Tiny.MONDAY, 30, 1, Set.of(Level.PO7, Level.PO8));

  @Test
  void allowsAGroupWhoseLevelTheSlotIsFor() {
    assertTrue(LevelRule.allows(Tiny.group("G", "A", 20), forGroep7And8));
  }

  @Test
  void refusesAGroupOfAnotherLevel() {
    Group klas1 = new Group("G", "A", Level.VO1, 20, Set.of(Tiny.MONDAY), 10, List.of());
    assertFalse(LevelRule.allows(klas1, forGroep7And8));
  }
}
