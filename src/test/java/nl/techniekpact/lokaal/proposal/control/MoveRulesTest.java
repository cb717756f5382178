package nl.techniekpact.lokaal.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class MoveRulesTest {

  static final Position DOETINCHEM = ExplanationsTest.DOETINCHEM;

  // Host X on Tuesday, Y on Monday with one group place, Z far away; G1 sits in Y, G2 waits.
  final AllocationProblem problem =
      new AllocationProblem(
          List.of(new SchoolSite("11AA00", "OBS Oost", DOETINCHEM)),
          List.of(
              new Host("X", "Metaal X", DOETINCHEM),
              new Host("Y", "Bouw Y", DOETINCHEM),
              new Host("Z", "Agro Z", new Position(52.5, 6.9))),
          List.of(
              new Slot("SX", "X", ExplanationsTest.MONDAY.plusDays(1), 30, 2, Set.of(Level.PO7)),
              new Slot("SY", "Y", ExplanationsTest.MONDAY, 50, 1, Set.of(Level.PO7, Level.PO8)),
              new Slot("SZ", "Z", ExplanationsTest.MONDAY, 20, 2, Set.of(Level.PO8))),
          List.of(
              new Group(
                  "G1", "11AA00", Level.PO7, 25, Set.of(ExplanationsTest.MONDAY), 10, List.of()),
              new Group(
                  "G2", "11AA00", Level.PO7, 25, Set.of(ExplanationsTest.MONDAY), 10, List.of())));

  final Allocation allocation = new Allocation(new int[] {1, Allocation.WAITING});

  private List<String> rules(int g, int t) {
    return new MoveRules(problem, allocation, g)
        .refusals(g, t, "groep 7a", "Bouw").stream()
            .map(r -> r.rule() + (r.soft() ? " (soft)" : ""))
            .toList();
  }

  @Test
  void anotherDayIsASoftRefusalNamingTheDay() {
    var refusal = new MoveRules(problem, allocation, 1).refusals(1, 0, "groep 7a", "Metaal X");
    assertEquals(List.of("day (soft)"), rules(1, 0));
    assertEquals("move.day", refusal.get(0).key());
    assertEquals(DayOfWeek.TUESDAY, refusal.get(0).args().get(1));
  }

  @Test
  void aFullSlotIsAHardRefusal() {
    assertEquals(List.of("max_groups"), rules(1, 1));
  }

  @Test
  void theGroupItselfDoesNotCountAgainstItsOwnSlot() {
    assertEquals(List.of(), rules(0, 1));
  }

  @Test
  void levelAndSeatsAreHardReachIsSoft() {
    assertEquals(List.of("level", "seats", "reach (soft)"), rules(1, 2));
  }

  @Test
  void leftIsWhatTheOtherGroupsLeave() {
    MoveRules rules = new MoveRules(problem, allocation, 1);
    assertEquals(25, rules.seatsLeft(1));
    assertEquals(0, rules.groupsLeft(1));
    assertEquals(30, rules.seatsLeft(0));
  }
}
