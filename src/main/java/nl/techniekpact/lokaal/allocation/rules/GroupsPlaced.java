package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Allocation;

/** Objective term 2: groups that got a slot. */
public final class GroupsPlaced {

  private GroupsPlaced() {}

  // Why second: once every school takes part, each further class on a visit counts the same.
  public static int count(Allocation allocation) {
    int count = 0;
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (allocation.isPlaced(g)) {
        count++;
      }
    }
    return count;
  }
}
