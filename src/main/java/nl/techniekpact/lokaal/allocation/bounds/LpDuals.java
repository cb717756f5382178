package nl.techniekpact.lokaal.allocation.bounds;

import com.google.ortools.linearsolver.MPConstraint;
import java.util.function.IntUnaryOperator;

/**
 * The dual prices of one solve of the LP relaxation, and the upper bound they prove for the whole
 * LP (every candidate pair, not only those in the restricted LP). Weak duality: for prices of the
 * right sign, objective <= sum of row limits times prices + whatever columns still earn at those
 * prices. A group's pairs that still earn are paid for once by raising that group's price (its row
 * allows one pair), so the bound is valid after any number of column-generation rounds, and equals
 * the LP optimum when no pair earns anything.
 */
final class LpDuals {

  private final LpRows rows;
  private final double[] group;
  private final double[] seats;
  private final double[] count;
  private final double[][] cut;
  private final double[] school;
  private final double schools;
  private final double groups;
  private final int schoolsLimit;
  private final int groupsLimit;

  /**
   * Reads the prices, with the sign each row's direction requires (a wrong-signed price would void
   * the bound).
   */
  LpDuals(LpRows rows, MPConstraint groupsRow, int schoolsLimit, int groupsLimit) {
    this.rows = rows;
    this.schoolsLimit = schoolsLimit;
    this.groupsLimit = groupsLimit;
    group = new double[rows.groupRow.length];
    for (int g = 0; g < group.length; g++) {
      group[g] = rows.groupRow[g] == null ? 0 : Math.max(0, rows.groupRow[g].dualValue());
    }
    int slots = rows.seatsRow.length;
    seats = new double[slots];
    count = new double[slots];
    cut = new double[slots][];
    for (int t = 0; t < slots; t++) {
      seats[t] = Math.max(0, rows.seatsRow[t].dualValue());
      count[t] = Math.max(0, rows.countRow[t].dualValue());
      cut[t] = new double[rows.cutRows[t].length];
      for (int k = 0; k < cut[t].length; k++) {
        cut[t][k] = Math.max(0, rows.cutRows[t][k].dualValue());
      }
    }
    school = new double[rows.schoolRow.length];
    for (int s = 0; s < school.length; s++) {
      school[s] = Math.max(0, rows.schoolRow[s].dualValue());
    }
    // Rows "at least": their prices are not positive in a maximisation.
    schools = Math.min(0, rows.schoolsRow.dualValue());
    groups = groupsRow == null ? 0 : Math.min(0, groupsRow.dualValue());
  }

  /** What pair i of group g pays for the rows it uses. */
  double price(int g, int i) {
    int t = rows.candidates.slot(i);
    int pupils = rows.problem.group(g).pupils();
    double price = ownPrice(g) + pupils * seats[t] + count[t];
    for (int k = 0; k < cut[t].length && rows.cutSizes[t][k] <= pupils; k++) {
      price += cut[t][k];
    }
    return price;
  }

  /**
   * The part of a pair's price that does not depend on its slot: its group's, its school's and the
   * groups row's.
   */
  double ownPrice(int g) {
    return group[g] - school[rows.problem.schoolOf(g)] + groups;
  }

  /** The bound these prices prove for the LP whose pairs earn {@code value.applyAsInt(pair)}. */
  double bound(IntUnaryOperator value) {
    double bound = outsideSlots();
    for (int t = 0; t < seats.length; t++) {
      bound += seats[t] * rows.freeSeats[t] + count[t] * rows.mostGroups[t];
      for (int k = 0; k < cut[t].length; k++) {
        bound += cut[t][k] * rows.cutLimits[t][k];
      }
    }
    var candidates = rows.candidates;
    for (int g = 0; g < group.length; g++) {
      if (rows.groupRow[g] == null) {
        continue;
      }
      double raise = 0;
      for (int i = candidates.from(g); i < candidates.to(g); i++) {
        raise = Math.max(raise, value.applyAsInt(i) - price(g, i));
      }
      bound += raise;
    }
    return bound;
  }

  /**
   * What the rows other than the slots' contribute to a bound: groups, schools, and the schools and
   * groups rows.
   */
  double outsideSlots() {
    double bound = schools * schoolsLimit + groups * groupsLimit;
    for (int s = 0; s < school.length; s++) {
      bound += school[s] * rows.pinnedOfSchool[s];
      // A served variable earns nothing itself; it is paid by its school row and the schools row.
      bound += Math.max(0, -school[s] - schools);
    }
    for (int g = 0; g < group.length; g++) {
      bound += group[g];
    }
    return bound;
  }
}
