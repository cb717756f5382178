package nl.techniekpact.lokaal.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.monitor.entity.RegisterEntry;
import nl.techniekpact.lokaal.monitor.entity.RegisterPreview;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

class RegisterPlannerTest {

  private static final Region REGION = new Region("achterhoek", "Achterhoek");

  private static RegisterSchool school(String code, String name) {
    return new RegisterSchool(
        REGION, SchoolId.parse(code, "code"), name, SchoolKind.PO, address(), "Doetinchem");
  }

  private static RegisterEntry entry(String code, String name, String street) {
    return new RegisterEntry(
        2,
        SchoolId.parse(code, "code"),
        name,
        SchoolKind.PO,
        new Address(street, "7001 AB", "Doetinchem"),
        "Doetinchem");
  }

  private static Address address() {
    return new Address("Dorpsstraat 1", "7001 AB", "Doetinchem");
  }

  private final List<RegisterSchool> current =
      List.of(
          school("99RA00", "De Regenboog"),
          school("99RA01", "De Linde"),
          school("99RA02", "Het Anker"),
          school("99RA03", "De Wieken"));

  private final List<RegisterEntry> incoming =
      List.of(
          entry("99RA00", "De Regenboog", "Dorpsstraat 1"),
          entry("99RA01", "Kindcentrum De Linde", "Nieuwe Weg 2"),
          entry("99RA03", "De Wieken", "Dorpsstraat 1"),
          entry("99RA04", "De Nieuwe School", "Dorpsstraat 1"));

  @Test
  void aFullUploadAddsChangesAndClosesWhatTheFileNoLongerLists() {
    current.get(2).close(LocalDate.of(2026, 1, 1));
    current.get(3).close(LocalDate.of(2026, 1, 1));
    List<RegisterSchool> open = List.of(current.get(0), current.get(1), school("99RA05", "Weg"));
    RegisterPreview preview =
        new RegisterPlanner().plan(open, incoming, ImportMode.REPLACE, List.of());
    assertEquals(List.of("99RA03", "99RA04"), codes(preview.addedSchools()));
    assertEquals(1, preview.changed());
    assertEquals(List.of("name", "street"), preview.changedSchools().get(0).columns());
    assertEquals(List.of("99RA05"), codes(preview.closedSchools()));
    assertEquals(1, preview.unchanged());
  }

  @Test
  void aClosedSchoolThatReappearsOpensAgainAndOneAlreadyClosedIsNotClosedTwice() {
    current.get(2).close(LocalDate.of(2026, 1, 1));
    current.get(3).close(LocalDate.of(2026, 1, 1));
    RegisterPreview preview =
        new RegisterPlanner().plan(current, incoming, ImportMode.REPLACE, List.of());
    assertEquals(
        List.of("99RA01", "99RA03"),
        preview.changedSchools().stream().map(RegisterPreview.Changed::code).toList());
    assertEquals(List.of("closed"), preview.changedSchools().get(1).columns());
    assertEquals(0, preview.closed());
    assertEquals(2, preview.unchanged());
  }

  @Test
  void aMergeClosesNothing() {
    RegisterPreview preview =
        new RegisterPlanner().plan(current, incoming, ImportMode.MERGE, List.of());
    assertEquals(0, preview.closed());
    // De Regenboog and De Wieken as they were, and Het Anker, which the file leaves out.
    assertEquals(3, preview.unchanged());
  }

  @Test
  void theTokenChangesWithTheRegisterTheUploadAndTheMode() {
    RegisterPlanner planner = new RegisterPlanner();
    String token = planner.plan(current, incoming, ImportMode.REPLACE, List.of()).token();
    assertEquals(token, planner.plan(current, incoming, ImportMode.REPLACE, List.of()).token());
    assertNotEquals(token, planner.plan(current, incoming, ImportMode.MERGE, List.of()).token());
    assertNotEquals(
        token,
        planner.plan(current, incoming.subList(0, 3), ImportMode.REPLACE, List.of()).token());
    current.get(0).close(LocalDate.of(2026, 1, 1));
    assertNotEquals(token, planner.plan(current, incoming, ImportMode.REPLACE, List.of()).token());
  }

  private static List<String> codes(List<RegisterPreview.School> schools) {
    return schools.stream().map(RegisterPreview.School::code).toList();
  }
}
