package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.control.Tiny;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class ReachRuleTest {

  private final SchoolSite doetinchem = Tiny.school("A");
  private final Host winterswijk = new Host("H", "Host", Tiny.WINTERSWIJK);

  private static Group reaching(double km) {
    return new Group("G", "A", Level.PO7, 20, Set.of(Tiny.MONDAY), km, List.of());
  }

  @Test
  void allowsAHostWithinTheGroupsReach() {
    assertTrue(ReachRule.allows(reaching(35), doetinchem, winterswijk));
  }

  @Test
  void refusesAHostBeyondTheGroupsReach() {
    assertFalse(ReachRule.allows(reaching(25), doetinchem, winterswijk));
  }

  @Test
  void allowsAHostExactlyAtTheLimit() {
    assertTrue(ReachRule.allows(reaching(12.5), 12.5));
  }
}
