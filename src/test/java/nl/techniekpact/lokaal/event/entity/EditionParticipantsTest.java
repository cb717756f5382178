package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.liemers;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

/** Which schools and companies take part in an edition. */
class EditionParticipantsTest {

  private final Edition edition = companyVisits();

  @Test
  void aCompanyOfTheRegionTakesPartOnceEnrolled() {
    Company company = company("C0001");
    assertFalse(edition.takesPart(company));
    edition.enrol(company);
    assertTrue(edition.takesPart(company));
  }

  @Test
  void refusesACompanyFromAnotherRegion() {
    Company elsewhere = company(liemers(), "C0001");
    assertInvalid("company", () -> edition.enrol(elsewhere));
    assertFalse(edition.takesPart(elsewhere));
  }

  @Test
  void aSchoolTakesPartOnceEnrolled() {
    School school = school(SchoolKind.PO);
    assertFalse(edition.takesPart(school));
    edition.enrol(school);
    assertTrue(edition.takesPart(school));
  }

  @Test
  void refusesToEnrolNobody() {
    assertInvalid("company", () -> edition.enrol((Company) null));
    assertInvalid("school", () -> edition.enrol((School) null));
  }

  @Test
  void listsTheCompaniesByCodeAndEachOnce() {
    edition.enrol(company("C0002"));
    edition.enrol(company("C0001"));
    edition.enrol(company("C0002"));
    assertEquals(List.of(company("C0001"), company("C0002")), edition.companies());
  }

  @Test
  void clearingTheParticipantsLeavesNobodyTakingPart() {
    edition.enrol(company("C0001"));
    edition.enrol(school(SchoolKind.PO));
    edition.clearParticipants();
    assertEquals(List.of(), edition.companies());
    assertEquals(List.of(), edition.schools());
  }
}
