package nl.techniekpact.lokaal.allocation.rules;

import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;

/** Objective term 1: schools with at least one placed group. */
public final class SchoolsServed {

  private SchoolsServed() {}

  // Why first: the pact wants every school to take part before any school sends a second class.
  public static int count(AllocationProblem problem, Allocation allocation) {
    boolean[] served = new boolean[problem.schoolCount()];
    int count = 0;
    for (int g = 0; g < allocation.groupCount(); g++) {
      if (allocation.isPlaced(g) && !served[problem.schoolOf(g)]) {
        served[problem.schoolOf(g)] = true;
        count++;
      }
    }
    return count;
  }
}
