package nl.techniekpact.lokaal.allocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.Test;

class AllocationProblemTest {

  private static final Position HERE = new Position(52, 6);
  private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
  private final SchoolSite school = new SchoolSite("11AA00", "School", HERE);
  private final Host host = new Host("C1", "Host", HERE);
  private final Slot slot = new Slot("S1", "C1", DAY, 30, 1, Set.of(Level.PO7));

  private Group group(String id, String school, String... wishes) {
    return new Group(id, school, Level.PO7, 20, Set.of(DAY), 10, List.of(wishes));
  }

  @Test
  void knowsTheSchoolOfEveryGroupByIndex() {
    var problem =
        new AllocationProblem(
            List.of(school), List.of(host), List.of(slot), List.of(group("G1", "11AA00", "C1")));
    assertEquals(0, problem.schoolOf(0));
    assertEquals(0, problem.hostOf(0));
    assertEquals(0, problem.groupIndex("G1"));
  }

  @Test
  void refusesTwoGroupsWithTheSameId() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AllocationProblem(
                    List.of(school),
                    List.of(host),
                    List.of(slot),
                    List.of(group("G1", "11AA00"), group("G1", "11AA00"))));
    assertTrue(e.getMessage().contains("G1"), e.getMessage());
  }

  @Test
  void refusesAGroupOfAnUnknownSchool() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AllocationProblem(
                List.of(school), List.of(host), List.of(slot), List.of(group("G1", "99ZZ00"))));
  }

  @Test
  void refusesAWishForAnUnknownHost() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AllocationProblem(
                List.of(school),
                List.of(host),
                List.of(slot),
                List.of(group("G1", "11AA00", "C9"))));
  }
}
