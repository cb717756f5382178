package nl.techniekpact.lokaal.school.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TEACHER;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.companyVisits;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassGroupWishesTest {

  private final Edition edition = companyVisits();
  private final Company a = company("C0001");
  private final Company b = company("C0002");
  private final Company c = company("C0003");
  private final Company d = company("C0004");
  private final Company e = company("C0005");
  private final Company f = company("C0006");
  private ClassGroup group;

  @BeforeEach
  void registerAGroupAndTheCompaniesTakingPart() {
    List.of(a, b, c, d, e, f).forEach(edition::enrol);
    group =
        new ClassGroup(
            edition,
            school(SchoolKind.PO),
            "G00001",
            "groep 7a",
            Level.PO7,
            27,
            TEACHER,
            Days.of(List.of(FIRST_DAY), "days"),
            Transport.BIKE,
            8);
  }

  @Test
  void keepsTheWishesBestFirst() {
    group.wish(List.of(c, a, b));
    assertEquals(List.of(c, a, b), group.wishes());
  }

  @Test
  void ranksEachWishedCompanyFromOne() {
    group.wish(List.of(c, a, b));
    assertEquals(1, group.wishRank(c));
    assertEquals(3, group.wishRank(b));
  }

  @Test
  void ranksACompanyThatIsNotWishedZero() {
    group.wish(List.of(c, a));
    assertEquals(0, group.wishRank(b));
  }

  @Test
  void acceptsFiveWishes() {
    group.wish(List.of(a, b, c, d, e));
    assertEquals(5, group.wishRank(e));
  }

  @Test
  void refusesASixthWish() {
    assertInvalid("wishes", () -> group.wish(List.of(a, b, c, d, e, f)));
  }

  @Test
  void refusesACompanyWishedTwice() {
    assertInvalid("wishes[2]", () -> group.wish(List.of(a, b, a)));
  }

  @Test
  void refusesACompanyThatDoesNotTakePartInTheEdition() {
    Company absent = company("C0099");
    assertInvalid("wishes[1]", () -> group.wish(List.of(a, absent)));
  }

  @Test
  void refusesAnUnknownCompany() {
    assertInvalid("wishes[1]", () -> group.wish(Arrays.asList(a, null)));
  }

  @Test
  void refusesAMissingList() {
    assertInvalid("wishes", () -> group.wish(null));
  }

  @Test
  void newWishesReplaceTheFormerOnes() {
    group.wish(List.of(a, b));
    group.wish(List.of(c));
    assertEquals(List.of(c), group.wishes());
  }

  @Test
  void noWishesAtAllIsFine() {
    group.wish(List.of(a));
    group.wish(List.of());
    assertEquals(List.of(), group.wishes());
  }

  @Test
  void aRefusedWishListLeavesTheFormerWishes() {
    group.wish(List.of(a, b));
    assertInvalid("wishes[1]", () -> group.wish(List.of(c, c)));
    assertEquals(List.of(a, b), group.wishes());
  }

  @Test
  void wishesCannotBeChangedFromOutside() {
    group.wish(List.of(a));
    assertThrows(UnsupportedOperationException.class, () -> group.wishes().add(b));
  }
}
