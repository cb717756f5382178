package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.event.entity.EditionKind.CENTRE_VISIT;
import static nl.techniekpact.lokaal.event.entity.EditionKind.COMPANY_VISITS;
import static nl.techniekpact.lokaal.event.entity.EditionKind.SHOW;
import static nl.techniekpact.lokaal.event.entity.EditionStatus.ALLOCATED;
import static nl.techniekpact.lokaal.event.entity.EditionStatus.CLOSED;
import static nl.techniekpact.lokaal.event.entity.EditionStatus.DRAFT;
import static nl.techniekpact.lokaal.event.entity.EditionStatus.OPEN;
import static nl.techniekpact.lokaal.event.entity.EditionStatus.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The status machine DRAFT -> OPEN -> CLOSED -> ALLOCATED -> PUBLISHED, per kind of edition. */
class EditionLifecycleTest {

  enum Step {
    OPEN_REGISTRATION(Edition::openRegistration),
    CLOSE_REGISTRATION(Edition::closeRegistration),
    ALLOCATE(Edition::markAllocated),
    PUBLISH(Edition::publish);

    final Consumer<Edition> action;

    Step(Consumer<Edition> action) {
      this.action = action;
    }
  }

  record Transition(EditionKind kind, EditionStatus from, Step step, EditionStatus to) {
    @Override
    public String toString() {
      return kind + " edition " + from + ": " + step;
    }
  }

  /** Every step an edition may take; any other step from any status it can reach is refused. */
  private static final List<Transition> ALLOWED =
      List.of(
          new Transition(COMPANY_VISITS, DRAFT, Step.OPEN_REGISTRATION, OPEN),
          new Transition(COMPANY_VISITS, OPEN, Step.CLOSE_REGISTRATION, CLOSED),
          new Transition(COMPANY_VISITS, CLOSED, Step.OPEN_REGISTRATION, OPEN),
          new Transition(COMPANY_VISITS, CLOSED, Step.ALLOCATE, ALLOCATED),
          new Transition(COMPANY_VISITS, ALLOCATED, Step.ALLOCATE, ALLOCATED),
          new Transition(COMPANY_VISITS, ALLOCATED, Step.PUBLISH, PUBLISHED),
          new Transition(SHOW, DRAFT, Step.OPEN_REGISTRATION, OPEN),
          new Transition(SHOW, OPEN, Step.CLOSE_REGISTRATION, CLOSED),
          new Transition(SHOW, CLOSED, Step.OPEN_REGISTRATION, OPEN),
          new Transition(SHOW, CLOSED, Step.PUBLISH, PUBLISHED),
          new Transition(CENTRE_VISIT, DRAFT, Step.OPEN_REGISTRATION, OPEN),
          new Transition(CENTRE_VISIT, OPEN, Step.CLOSE_REGISTRATION, CLOSED),
          new Transition(CENTRE_VISIT, CLOSED, Step.OPEN_REGISTRATION, OPEN),
          new Transition(CENTRE_VISIT, CLOSED, Step.PUBLISH, PUBLISHED));

  static Stream<Transition> allowed() {
    return ALLOWED.stream();
  }

  static Stream<Transition> refused() {
    List<Transition> refused = new ArrayList<>();
    for (EditionKind kind : EditionKind.values()) {
      for (EditionStatus from : EditionStatus.values()) {
        if (from == ALLOCATED && !kind.isAllocated()) {
          continue; // never reached
        }
        for (Step step : Step.values()) {
          if (ALLOWED.stream()
              .noneMatch(t -> t.kind() == kind && t.from() == from && t.step() == step)) {
            refused.add(new Transition(kind, from, step, from));
          }
        }
      }
    }
    return refused.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  void takesEachAllowedStep(Transition t) {
    Edition edition = edition(t.kind(), t.from());
    t.step().action.accept(edition);
    assertEquals(t.to(), edition.status());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesEveryOtherStepAndStaysWhereItWas(Transition t) {
    Edition edition = edition(t.kind(), t.from());
    assertThrows(StateConflictException.class, () -> t.step().action.accept(edition));
    assertEquals(t.from(), edition.status());
  }

  @ParameterizedTest
  @EnumSource(
      value = EditionStatus.class,
      names = {"DRAFT", "OPEN", "CLOSED", "PUBLISHED"})
  void aShowIsNeverAllocated(EditionStatus status) {
    Edition show = edition(SHOW, status);
    assertThrows(StateConflictException.class, show::markAllocated);
  }

  @Test
  void aShowIsPublishedStraightAfterRegistrationCloses() {
    Edition show = edition(SHOW, CLOSED);
    show.publish();
    assertEquals(PUBLISHED, show.status());
  }

  @Test
  void companyVisitsAreNotPublishedBeforeTheyAreAllocated() {
    Edition week = edition(COMPANY_VISITS, CLOSED);
    assertThrows(StateConflictException.class, week::publish);
  }

  @Test
  void onlyCompanyVisitsAreAllocatedByOrganisers() {
    assertEquals(
        List.of(COMPANY_VISITS),
        Stream.of(EditionKind.values()).filter(EditionKind::isAllocated).toList());
  }
}
