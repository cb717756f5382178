package nl.techniekpact.lokaal.platform.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"jan", "jan@school"})
  void needsAnEmailAddress(String email) {
    assertInvalid("contact.email", () -> new Contact("Jan", email, null));
  }

  @Test
  void keepsTheEmailAddressInLowerCase() {
    assertEquals("jan@school.example.nl", Contact.byEmail("Jan@School.example.NL").email());
  }

  @Test
  void nameAndPhoneMayBeUnknown() {
    Contact contact = new Contact(" ", "jan@school.example.nl", "");
    assertNull(contact.name());
    assertNull(contact.phone());
  }

  @Test
  void refusesANameLongerThan120Characters() {
    assertInvalid(
        "contact.name", () -> new Contact("x".repeat(121), "jan@school.example.nl", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0543-123456", "+31 543 123456", "06 1234 5678", "+49 2871 (0) 123"})
  void acceptsPhoneNumbersAsPeopleWriteThem(String phone) {
    assertEquals(phone, new Contact(null, "jan@school.example.nl", phone).phone());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12345", "bel maar", "0543-12345a", "++31543123456", "+31 543 123 456 789 01"})
  void refusesWhatIsNotAPhoneNumber(String phone) {
    assertInvalid("contact.phone", () -> new Contact(null, "jan@school.example.nl", phone));
  }

  @Test
  void contactsAreEqualByNameEmailAndPhone() {
    Contact jan = new Contact("Jan", "jan@school.example.nl", "0543-123456");
    assertEquals(jan, new Contact("Jan", "JAN@school.example.nl", "0543-123456"));
    assertEquals(
        jan.hashCode(), new Contact("Jan", "JAN@school.example.nl", "0543-123456").hashCode());
    assertNotEquals(jan, Contact.byEmail("jan@school.example.nl"));
  }
}
