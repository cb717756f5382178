package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.WINTERSWIJK;
import static nl.techniekpact.lokaal.Fixtures.achterhoek;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import org.junit.jupiter.api.Test;

class SchoolTest {

  private static final SchoolId ID = SchoolId.parse("04AB00", "school_id");
  private static final Address ADDRESS = new Address(null, "7101 AB", "Winterswijk");
  private static final Contact CONTACT = Contact.byEmail("info@klimop.example.nl");

  @Test
  void needsItsBrinCodeAndARegion() {
    assertInvalid(
        "school_id",
        () ->
            new School(
                null, achterhoek(), "De Klimop", SchoolKind.PO, ADDRESS, WINTERSWIJK, CONTACT));
    assertInvalid(
        "region",
        () -> new School(ID, null, "De Klimop", SchoolKind.PO, ADDRESS, WINTERSWIJK, CONTACT));
  }

  @Test
  void needsANameOfAtMost120Characters() {
    School school = school(SchoolKind.PO);
    assertInvalid("name", () -> school.describe(" ", SchoolKind.PO, ADDRESS, WINTERSWIJK, CONTACT));
    assertInvalid(
        "name",
        () -> school.describe("x".repeat(121), SchoolKind.PO, ADDRESS, WINTERSWIJK, CONTACT));
  }

  @Test
  void needsAKindAnAddressALocationAndAContact() {
    School school = school(SchoolKind.PO);
    assertInvalid("kind", () -> school.describe("De Klimop", null, ADDRESS, WINTERSWIJK, CONTACT));
    assertInvalid(
        "address", () -> school.describe("De Klimop", SchoolKind.PO, null, WINTERSWIJK, CONTACT));
    assertInvalid(
        "location", () -> school.describe("De Klimop", SchoolKind.PO, ADDRESS, null, CONTACT));
    assertInvalid(
        "contact", () -> school.describe("De Klimop", SchoolKind.PO, ADDRESS, WINTERSWIJK, null));
  }

  @Test
  void aDescriptionReplacesWhatTheSchoolIs() {
    School school = school(SchoolKind.PO);
    school.describe("IKC De Klimop", SchoolKind.SO, ADDRESS, WINTERSWIJK, CONTACT);
    assertEquals("IKC De Klimop", school.name());
    assertEquals(SchoolKind.SO, school.kind());
    assertEquals(ADDRESS, school.address());
  }

  @Test
  void schoolsAreEqualByTheirBrinCodeAndLocationNumber() {
    School klimop = school(SchoolKind.PO);
    School renamed =
        new School(ID, achterhoek(), "IKC De Klimop", SchoolKind.SO, ADDRESS, WINTERSWIJK, CONTACT);
    School otherLocation =
        new School(
            SchoolId.parse("04AB01", "school_id"),
            achterhoek(),
            "De Klimop",
            SchoolKind.PO,
            ADDRESS,
            WINTERSWIJK,
            CONTACT);
    assertEquals(klimop, renamed);
    assertEquals(klimop.hashCode(), renamed.hashCode());
    assertNotEquals(klimop, otherLocation);
  }
}
