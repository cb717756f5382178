package nl.techniekpact.lokaal.school.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Violations;
import org.junit.jupiter.api.Test;

/** The group form names a refused teacher by the form's own fields, never as contact.email. */
class GroupRequestTest {

  @Test
  void aRefusedTeacherIsNamedByTheFormsFields() {
    GroupRequest request = new GroupRequest();
    request.teacherEmail = "juf@localhost";
    Violations refused = new Violations();

    assertNull(request.teacher(refused));

    InvalidValueException refusal = assertThrows(InvalidValueException.class, refused::throwIfAny);
    assertEquals(
        List.of("teacherEmail"), refusal.violations().stream().map(Violation::field).toList());
  }

  @Test
  void aTeacherWritingInALanguageLokaalDoesNotSpeakIsNamedByTheLanguageField() {
    GroupRequest request = new GroupRequest();
    request.teacherEmail = "juf.jansen@school.example.nl";
    request.teacherLanguage = "fr";
    Violations refused = new Violations();

    assertNull(request.teacher(refused));

    InvalidValueException refusal = assertThrows(InvalidValueException.class, refused::throwIfAny);
    assertEquals("teacherLanguage", refusal.field());
  }

  @Test
  void aGoodTeacherIsRefusedNothing() {
    GroupRequest request = new GroupRequest();
    request.teacherEmail = "juf.jansen@school.example.nl";
    Violations refused = new Violations();

    assertNotNull(request.teacher(refused));
    refused.throwIfAny();
  }
}
