package nl.techniekpact.lokaal.school.control;

import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

/** Wishes outside the offer are refused all at once, each by its place in the list. */
class OfferTest {

  /** An offer with nothing in it: no company within reach has a slot for the level. */
  private final Offer nothingOffered =
      new Offer() {
        @Override
        public List<Offered> within(Edition edition, School school, double reachKm, Level level) {
          return List.of();
        }
      };

  @Test
  void everyWishOutsideTheOfferIsRefusedAtOnceByItsPlace() {
    InvalidValueException refusal =
        assertThrows(
            InvalidValueException.class,
            () ->
                nothingOffered.requireOffered(
                    companyVisits(), school(SchoolKind.PO), 12.5, Level.PO7, List.of(41L, 42L)));

    assertEquals(
        List.of("wishes[0]", "wishes[1]"),
        refusal.violations().stream().map(Violation::field).toList());
    assertEquals(List.of(2, 12.5, Level.PO7), refusal.violations().get(1).args());
  }

  @Test
  void noWishesNeedNoOffer() {
    assertEquals(
        List.of(),
        nothingOffered.requireOffered(
            companyVisits(), school(SchoolKind.PO), 12.5, Level.PO7, List.of()));
  }
}
