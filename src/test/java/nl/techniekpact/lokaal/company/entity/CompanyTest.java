package nl.techniekpact.lokaal.company.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.DOETINCHEM;
import static nl.techniekpact.lokaal.Fixtures.achterhoek;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.liemers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyTest {

  private static final Address ADDRESS = new Address(null, "7005 AG", "Doetinchem");
  private static final Contact CONTACT = Contact.byEmail("contact@metaal.example.nl");

  private static Company withCode(String code) {
    return new Company(
        achterhoek(), code, "Metaal Doetinchem", "metaal", ADDRESS, DOETINCHEM, CONTACT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0001", "metaal-doetinchem", "M_1", "abcdefghij0123456789"})
  void isKnownByACodeOfLettersDigitsDashesAndUnderscores(String code) {
    assertEquals(code, withCode(code).code());
  }

  @Test
  void itsCodeIsStrippedOfSurroundingWhitespace() {
    assertEquals("C0001", withCode(" C0001 ").code());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"C 0001", "C0001!", "bäcker", "abcdefghij0123456789x"})
  void refusesAnyOtherCode(String code) {
    assertInvalid("company_id", () -> withCode(code));
  }

  @Test
  void needsARegion() {
    assertInvalid(
        "region",
        () -> new Company(null, "C0001", "Metaal", "metaal", ADDRESS, DOETINCHEM, CONTACT));
  }

  @Test
  void needsANameAndASector() {
    Company company = company("C0001");
    assertInvalid("name", () -> company.describe(" ", "metaal", ADDRESS, DOETINCHEM, CONTACT));
    assertInvalid(
        "name", () -> company.describe("x".repeat(121), "metaal", ADDRESS, DOETINCHEM, CONTACT));
    assertInvalid("sector", () -> company.describe("Metaal", null, ADDRESS, DOETINCHEM, CONTACT));
    assertInvalid(
        "sector", () -> company.describe("Metaal", "x".repeat(61), ADDRESS, DOETINCHEM, CONTACT));
  }

  @Test
  void needsAnAddressALocationAndAContact() {
    Company company = company("C0001");
    assertInvalid("address", () -> company.describe("Metaal", "metaal", null, DOETINCHEM, CONTACT));
    assertInvalid("location", () -> company.describe("Metaal", "metaal", ADDRESS, null, CONTACT));
    assertInvalid("contact", () -> company.describe("Metaal", "metaal", ADDRESS, DOETINCHEM, null));
  }

  @Test
  void companiesAreEqualByRegionAndCode() {
    Company company = company("C0001");
    Company renamed = withCode("C0001");
    assertEquals(company, renamed);
    assertEquals(company.hashCode(), renamed.hashCode());
    assertNotEquals(company, company("C0002"));
  }

  @Test
  void theSameCodeInAnotherRegionIsAnotherCompany() {
    assertNotEquals(company(achterhoek(), "C0001"), company(liemers(), "C0001"));
  }
}
