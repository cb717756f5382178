package nl.techniekpact.lokaal.allocation.exact;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Candidates;
import nl.techniekpact.lokaal.allocation.entity.Objective;
import nl.techniekpact.lokaal.allocation.entity.Stage;

/**
 * One level of the lexicographic MIP: what it optimises, and how it is kept while later levels are
 * solved.
 */
enum MipLevel {
  SCHOOLS(Stage.MIP_SCHOOLS),
  GROUPS(Stage.MIP_GROUPS),
  POINTS(Stage.MIP_POINTS),
  TRAVEL(Stage.MIP_KM);

  static final List<MipLevel> IN_ORDER = List.of(values());

  private final Stage stage;

  MipLevel(Stage stage) {
    this.stage = stage;
  }

  Stage stage() {
    return stage;
  }

  long value(Objective objective) {
    return switch (this) {
      case SCHOOLS -> objective.schools();
      case GROUPS -> objective.groups();
      case POINTS -> objective.points();
      case TRAVEL -> objective.metres();
    };
  }

  /** Integer coefficients only: with them a solver's OPTIMAL is exact, not within a tolerance. */
  private double coefficient(Candidates candidates, int pair) {
    return switch (this) {
      case SCHOOLS -> 0;
      case GROUPS -> 1;
      case POINTS -> candidates.points(pair);
      case TRAVEL -> candidates.metres(pair);
    };
  }

  void setObjective(
      MipModel model, AllocationProblem problem, Candidates candidates, MPObjective objective) {
    objective.clear();
    fill(model, problem, candidates, objective::setCoefficient);
    if (this == TRAVEL) {
      objective.setMinimization();
    } else {
      objective.setMaximization();
    }
  }

  /** Keeps this level at the value reached (at least; travel is the last level and never kept). */
  void keep(MipModel model, AllocationProblem problem, Candidates candidates, long reached) {
    MPConstraint keep = model.solver.makeConstraint(reached, MPSolver.infinity(), "keep_" + name());
    fill(model, problem, candidates, keep::setCoefficient);
  }

  private void fill(
      MipModel model,
      AllocationProblem problem,
      Candidates candidates,
      ObjDoubleConsumer<MPVariable> row) {
    if (this == SCHOOLS) {
      for (int s = 0; s < problem.schoolCount(); s++) {
        row.accept(model.served[s], 1);
      }
      return;
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (coefficient(candidates, i) != 0) {
        row.accept(model.pair[i], coefficient(candidates, i));
      }
    }
  }
}
