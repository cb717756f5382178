package nl.techniekpact.lokaal.allocation.control;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Stage;

/** One solve of the lexicographic MIP: integer weights on schools, groups, points; or travel, minimised. */
record Level(Stage stage, long schools, long groups, long points, long metres) {

  boolean minimise() {
    return metres != 0;
  }

  long value(Objective o) {
    return schools * o.schools() + groups * o.groups() + points * o.points() + metres * o.metres();
  }

  void bound(Objective reached, long best, long[] bound) {
    long rest = best;
    if (schools != 0) {
      bound[0] = rest / schools;
      rest -= bound[0] * schools;
      if (bound[0] > reached.schools()) {
        bound[1] = Integer.MAX_VALUE;
        bound[2] = Integer.MAX_VALUE;
        return;
      }
    }
    if (groups != 0) {
      bound[1] = rest / groups;
      rest -= bound[1] * groups;
      if (bound[1] > reached.groups()) {
        bound[2] = Integer.MAX_VALUE;
        return;
      }
    }
    if (points != 0) {
      bound[2] = rest / points;
    }
  }

  private double coefficient(Candidates candidates, int pair) {
    return groups + points * candidates.points(pair) + metres * candidates.metres(pair);
  }

  void setObjective(MipModel model, AllocationProblem problem, Candidates candidates, MPObjective objective) {
    for (int s = 0; schools != 0 && s < problem.schoolCount(); s++) {
      objective.setCoefficient(model.served[s], schools);
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (coefficient(candidates, i) != 0) {
        objective.setCoefficient(model.pair[i], coefficient(candidates, i));
      }
    }
    if (minimise()) {
      objective.setMinimization();
    } else {
      objective.setMaximization();
    }
  }

  void keep(MipModel model, AllocationProblem problem, Candidates candidates, long reached) {
    MPConstraint keep = model.solver.makeConstraint(reached, MPSolver.infinity(), "keep_" + stage.name());
    for (int s = 0; schools != 0 && s < problem.schoolCount(); s++) {
      keep.setCoefficient(model.served[s], schools);
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (coefficient(candidates, i) != 0) {
        keep.setCoefficient(model.pair[i], coefficient(candidates, i));
      }
    }
  }
}
