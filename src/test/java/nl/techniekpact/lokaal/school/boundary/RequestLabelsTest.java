package nl.techniekpact.lokaal.school.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.booking.boundary.BookingRequest;
import nl.techniekpact.lokaal.booking.boundary.BookingsResource;
import nl.techniekpact.lokaal.booking.boundary.SlotBookingsResource;
import nl.techniekpact.lokaal.company.boundary.CompanyRequest;
import nl.techniekpact.lokaal.company.boundary.SlotRequest;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.testing.Wording;
import org.junit.jupiter.api.Test;

/**
 * Every field of the school, company and booking forms has a label in each language, so that a
 * refusal names it as the form does ("Aantal leerlingen"), never by its path ({@code pupils}).
 */
class RequestLabelsTest {

  private static final List<Class<?>> FORMS =
      List.of(
          GroupRequest.class,
          SchoolRequest.class,
          CompanyRequest.class,
          SlotRequest.class,
          BookingRequest.class,
          BookingsResource.PupilsChange.class,
          BookingsResource.Move.class,
          SlotBookingsResource.MoreSeats.class);

  /** Paths that entities name inside these forms, and the offer's query parameters. */
  private static final List<String> MORE =
      List.of("contact.name", "contact.email", "contact.phone", "reachKm", "level", "schoolId");

  @Test
  void everyFieldOfTheFormsHasALabelInEveryLanguage() {
    List<String> unlabelled = new ArrayList<>();
    for (Locale language : Messages.LANGUAGES) {
      Messages messages = Messages.in(language);
      for (String path : paths()) {
        if (messages.label(path).equals(path)) {
          unlabelled.add(language + ": " + path);
        }
      }
    }
    assertEquals(List.of(), unlabelled);
  }

  @Test
  void theDutchOfTheseFeaturesHoldsNoEnglishNorMachineNames() throws java.io.IOException {
    List<String> faults = new ArrayList<>();
    for (String feature : List.of("school", "company", "booking")) {
      java.util.Properties dutch = new java.util.Properties();
      try (var in =
          getClass()
              .getResourceAsStream("/nl/techniekpact/lokaal/" + feature + "/messages.properties")) {
        dutch.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String key : dutch.stringPropertyNames()) {
        String text = dutch.getProperty(key).replaceAll("\\{\\d+}", "X");
        Wording.faults(text).forEach(fault -> faults.add(key + ": " + fault));
      }
    }
    assertEquals(List.of(), faults);
  }

  @Test
  void aListElementIsLabelledAsItsList() {
    Messages dutch = Messages.in(Messages.DUTCH);
    assertEquals("Voorkeur voor bedrijven", dutch.label("wishes[2]"));
  }

  private static List<String> paths() {
    List<String> paths = new ArrayList<>(MORE);
    for (Class<?> form : FORMS) {
      for (Class<?> c = form; c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())) {
            paths.add(field.getName());
          }
        }
      }
    }
    return paths;
  }
}
