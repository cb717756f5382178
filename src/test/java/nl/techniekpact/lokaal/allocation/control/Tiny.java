package nl.techniekpact.lokaal.allocation.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;

/** Small hand-made problems whose right answer can be seen at a glance. */
public final class Tiny {

  public static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);
  public static final LocalDate TUESDAY = MONDAY.plusDays(1);
  public static final Position DOETINCHEM = new Position(51.965, 6.29);

  /** About 29.6 km east of Doetinchem. */
  public static final Position WINTERSWIJK = new Position(51.97, 6.72);

  private Tiny() {}

  public static SchoolSite school(String id) {
    return new SchoolSite(id, "School " + id, DOETINCHEM);
  }

  public static Host host(String id) {
    return new Host(id, "Host " + id, DOETINCHEM);
  }

  public static Slot slot(String id, String host, int seats, int groups) {
    return new Slot(id, host, MONDAY, seats, groups, Set.of(Level.PO7, Level.PO8));
  }

  public static Group group(String id, String school, int pupils, String... wishes) {
    return new Group(id, school, Level.PO7, pupils, Set.of(MONDAY), 10, List.of(wishes));
  }

  public static AllocationProblem problem(
      List<SchoolSite> schools, List<Host> hosts, List<Slot> slots, List<Group> groups) {
    return new AllocationProblem(schools, hosts, slots, groups);
  }
}
