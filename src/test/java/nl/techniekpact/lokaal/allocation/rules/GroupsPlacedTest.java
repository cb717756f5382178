package nl.techniekpact.lokaal.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import org.junit.jupiter.api.Test;

class GroupsPlacedTest {

  @Test
  void countsTheGroupsWithASlotAndNotTheWaitingList() {
    assertEquals(
        2,
        GroupsPlaced.count(
            new Allocation(new int[] {0, Allocation.WAITING, 3, Allocation.WAITING})));
  }
}
