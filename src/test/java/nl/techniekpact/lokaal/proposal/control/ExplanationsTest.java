package nl.techniekpact.lokaal.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;
import nl.techniekpact.lokaal.allocation.entity.Slot;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.proposal.entity.Explanation;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

  static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);
  static final Position DOETINCHEM = new Position(51.965, 6.29);
  static final Locale DUTCH = Locale.forLanguageTag("nl");

  // Two schools in Doetinchem; host X only on Tuesday, host Y with one place on Monday, host Z far
  // away.
  final AllocationProblem problem =
      new AllocationProblem(
          List.of(
              new SchoolSite("11AA00", "OBS Oost", DOETINCHEM),
              new SchoolSite("22BB00", "CBS West", DOETINCHEM)),
          List.of(
              new Host("X", "Metaal X", DOETINCHEM),
              new Host("Y", "Bouw Y", DOETINCHEM),
              new Host("Z", "Agro Z", new Position(52.5, 6.9))),
          List.of(
              new Slot("SX", "X", MONDAY.plusDays(1), 30, 1, Set.of(Level.PO7)),
              new Slot("SY", "Y", MONDAY, 30, 1, Set.of(Level.PO7)),
              new Slot("SZ", "Z", MONDAY, 30, 1, Set.of(Level.PO7))),
          List.of(
              new Group("G1", "11AA00", Level.PO7, 25, Set.of(MONDAY), 10, List.of("X", "Y")),
              new Group("G2", "22BB00", Level.PO7, 25, Set.of(MONDAY), 10, List.of("Y", "Z")),
              new Group("G3", "11AA00", Level.PO8, 25, Set.of(MONDAY), 10, List.of("Y"))));

  // G1 gets Y, its second wish; G2 (the only group of CBS West) waits; G3 waits.
  final Allocation allocation =
      new Allocation(new int[] {1, Allocation.WAITING, Allocation.WAITING});

  @Test
  void namesTheRuleThatRulesAHigherWishOut() {
    String why = explain(allocation, 0).in(DUTCH);
    assertTrue(why.startsWith("Geplaatst bij Bouw Y (wens 2)."), why);
    assertTrue(why.contains("Wens 1 (Metaal X) heeft geen plaats op hun dagen."), why);
  }

  @Test
  void saysWhatGivingAFullWishAwayWouldCost() {
    Allocation other = new Allocation(new int[] {Allocation.WAITING, 1, Allocation.WAITING});
    String why = explain(other, 0).in(DUTCH);
    assertTrue(
        why.contains(
            "Wens 2 (Bouw Y) was vol: deze groep daar plaatsen zou CBS West zonder enig bezoek laten."),
        why);
  }

  @Test
  void explainsAWishOutOfReachWithTheDistancesInTheReadersNumbers() {
    Explanation explanation = explain(allocation, 1);
    String why = explanation.in(DUTCH);
    assertTrue(why.startsWith("Op de wachtlijst."), why);
    assertTrue(why.contains("Wens 2 (Agro Z) ligt") && why.contains("verder dan hun 10,0 km"), why);
    assertTrue(
        explanation.in(Locale.ENGLISH).contains("further than their 10.0 km"),
        explanation.in(Locale.ENGLISH));
  }

  @Test
  void explainsAWishThatTakesNoGroupOfThisLevel() {
    String why = explain(allocation, 2).in(DUTCH);
    assertTrue(why.contains("Wens 1 (Bouw Y) ontvangt geen groep 8."), why);
  }

  @Test
  void explainsInEnglishAndGermanToo() {
    Explanation explanation = explain(allocation, 0);
    assertEquals(
        "Placed at Bouw Y (wish 2). Wish 1 (Metaal X) has no place on their days.",
        explanation.in(Locale.ENGLISH));
    assertEquals(
        "Eingeplant bei Bouw Y (Wunsch 2). Wunsch 1 (Metaal X) hat keinen Platz an ihren Tagen.",
        explanation.in(Locale.GERMAN));
    assertEquals(
        "Wunsch 1 (Bouw Y) empfängt keine Gruppe 8 (Grundschule).",
        explain(allocation, 2).in(Locale.GERMAN).replaceFirst("^Auf der Warteliste. ", ""));
  }

  @Test
  void readersOfOtherLanguagesGetTheDutchText() {
    Explanation explanation = explain(allocation, 0);
    assertEquals(explanation.in(DUTCH), explanation.in(Locale.FRENCH));
    assertEquals(
        explanation.in(DUTCH),
        new Explanation(explanation.in(DUTCH), null, null).in(Locale.GERMAN));
  }

  private Explanation explain(Allocation allocation, int group) {
    return Explanations.of(problem, allocation).explain(group);
  }
}
