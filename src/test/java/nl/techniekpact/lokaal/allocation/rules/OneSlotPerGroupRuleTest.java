package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import org.junit.jupiter.api.Test;

class OneSlotPerGroupRuleTest {

  @Test
  void findsNothingWhenEveryGroupHasOneSlot() {
    assertEquals(
        List.of(),
        OneSlotPerGroupRule.groupsWithMoreThanOneSlot(
            List.of(Placement.placed("G1", "S1"), Placement.placed("G2", "S1"))));
  }

  @Test
  void namesAGroupPlacedTwiceOnce() {
    assertEquals(
        List.of("G1"),
        OneSlotPerGroupRule.groupsWithMoreThanOneSlot(
            List.of(
                Placement.placed("G1", "S1"),
                Placement.placed("G2", "S1"),
                Placement.placed("G1", "S2"),
                Placement.placed("G1", "S3"))));
  }
}
