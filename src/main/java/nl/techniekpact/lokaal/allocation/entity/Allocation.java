package nl.techniekpact.lokaal.allocation.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which slot each group of a problem got, by index; {@link #WAITING} puts a group on the waiting
 * list. Immutable: solvers work on their own arrays and hand over a copy.
 */
public final class Allocation {

  public static final int WAITING = -1;

  private final int[] slotOfGroup;

  public Allocation(int[] slotOfGroup) {
    this.slotOfGroup = slotOfGroup.clone();
  }

  /** Every group of the problem waiting: where allocation starts. */
  public static Allocation empty(int groupCount) {
    int[] slots = new int[groupCount];
    Arrays.fill(slots, WAITING);
    return new Allocation(slots);
  }

  public int groupCount() {
    return slotOfGroup.length;
  }

  /** The slot index of a group, or {@link #WAITING}. */
  public int slotOf(int group) {
    return slotOfGroup[group];
  }

  public boolean isPlaced(int group) {
    return slotOfGroup[group] != WAITING;
  }

  public int[] toArray() {
    return slotOfGroup.clone();
  }

  /** One placement per group, in the problem's group order, with ids instead of indexes. */
  public List<Placement> placements(AllocationProblem problem) {
    List<Placement> placements = new ArrayList<>(slotOfGroup.length);
    for (int g = 0; g < slotOfGroup.length; g++) {
      int t = slotOfGroup[g];
      placements.add(
          new Placement(
              problem.group(g).id(),
              t == WAITING ? Optional.empty() : Optional.of(problem.slot(t).id())));
    }
    return placements;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Allocation a && Arrays.equals(a.slotOfGroup, slotOfGroup);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(slotOfGroup);
  }

  @Override
  public String toString() {
    return "Allocation" + Arrays.toString(slotOfGroup);
  }
}
