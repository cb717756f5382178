package nl.techniekpact.lokaal.allocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void startsWithEveryGroupWaiting() {
    Allocation empty = Allocation.empty(3);
    for (int g = 0; g < 3; g++) {
      assertFalse(empty.isPlaced(g));
    }
  }

  @Test
  void cannotBeChangedThroughTheArrayItWasMadeFrom() {
    int[] slots = {1, 2};
    Allocation allocation = new Allocation(slots);
    slots[0] = 7;
    assertEquals(1, allocation.slotOf(0));
    allocation.toArray()[1] = 7;
    assertEquals(2, allocation.slotOf(1));
  }

  @Test
  void equalsAnotherWithTheSameSlots() {
    assertEquals(new Allocation(new int[] {1, -1}), new Allocation(new int[] {1, -1}));
  }
}
