package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator.Parameters;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Town;
import org.junit.jupiter.api.Test;

/** The edition as a whole: reproducible, sized as asked, ids in order, places in the region. */
class TechWeekGeneratorTest {

  private static final TechWeekGenerator GENERATOR = new TechWeekGenerator();
  private static final EditionFiles REGIONAL =
      GENERATOR.generate(Parameters.regional(42, "achterhoek-liemers"));

  @Test
  void theSameSeedGivesExactlyTheSameEdition() {
    assertEquals(REGIONAL, GENERATOR.generate(Parameters.regional(42, "achterhoek-liemers")));
  }

  @Test
  void anotherSeedGivesAnotherEdition() {
    EditionFiles other = GENERATOR.generate(Parameters.regional(43, "achterhoek-liemers"));
    assertNotEquals(REGIONAL.schools(), other.schools());
    assertNotEquals(REGIONAL.companies(), other.companies());
    assertNotEquals(REGIONAL.slots(), other.slots());
    assertNotEquals(REGIONAL.groups(), other.groups());
  }

  @Test
  void theRegionalPresetHasSixtySchoolsFortyCompaniesAndTheAskedTotals() {
    Parameters preset = Parameters.regional(42, "achterhoek-liemers");
    assertEquals(60, REGIONAL.schools().size());
    assertEquals(40, REGIONAL.companies().size());
    assertEquals(preset.slots(), REGIONAL.slots().size());
    assertEquals(preset.groups(), REGIONAL.groups().size());
    assertEquals(
        preset.primarySchools(),
        REGIONAL.schools().stream().filter(s -> s.kind().name().equals("PO")).count());
  }

  @Test
  void everyIdIsUniqueAndEveryFileIsSortedById() {
    assertSortedAndUnique(REGIONAL.schools(), s -> s.id().value());
    assertSortedAndUnique(REGIONAL.companies(), CompanyRow::id);
    assertSortedAndUnique(REGIONAL.slots(), EditionFiles.SlotRow::id);
    assertSortedAndUnique(REGIONAL.groups(), EditionFiles.GroupRow::id);
  }

  @Test
  void companySlotAndGroupIdsCountUpFromOne() {
    assertEquals("C0001", REGIONAL.companies().get(0).id());
    assertEquals("C0040", REGIONAL.companies().get(39).id());
    assertEquals("S00001", REGIONAL.slots().get(0).id());
    assertEquals("G00001", REGIONAL.groups().get(0).id());
  }

  @Test
  void everyRowCarriesItsLineInTheFileBelowTheHeader() {
    for (int i = 0; i < REGIONAL.groups().size(); i++) {
      assertEquals(i + 2, REGIONAL.groups().get(i).line());
    }
    assertEquals(2, REGIONAL.schools().get(0).line());
    assertEquals(2, REGIONAL.companies().get(0).line());
    assertEquals(
        REGIONAL.slots().size() + 1, REGIONAL.slots().get(REGIONAL.slots().size() - 1).line());
  }

  @Test
  void schoolsAndCompaniesLieWithinOneAndAHalfKilometreOfTheirTownsCentre() {
    Towns towns = Towns.standard();
    for (SchoolRow school : REGIONAL.schools()) {
      assertNear(towns.byName(school.town()).orElseThrow(), school.location(), school.postcode());
    }
    for (CompanyRow company : REGIONAL.companies()) {
      assertNear(
          towns.byName(company.town()).orElseThrow(), company.location(), company.postcode());
    }
  }

  @Test
  void aSingleRegionUsesOnlyItsOwnTowns() {
    EditionFiles liemers = GENERATOR.generate(Parameters.regional(7, "liemers"));
    Set<String> liemersTowns =
        Towns.standard().inRegion("liemers").stream().map(Town::name).collect(Collectors.toSet());
    liemers.schools().forEach(s -> assertTrue(liemersTowns.contains(s.town()), s.town()));
    liemers.companies().forEach(c -> assertTrue(liemersTowns.contains(c.town()), c.town()));
  }

  @Test
  void aRegionWithoutTownsInTheTableIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> GENERATOR.generate(Parameters.regional(1, "twente")));
  }

  @Test
  void theNationalPresetHasTheNationalSizesSpreadOverTheNetherlands() {
    EditionFiles national = GENERATOR.generate(Parameters.national(2027));
    assertEquals(8_000, national.schools().size());
    assertEquals(3_000, national.companies().size());
    assertEquals(22_000, national.slots().size());
    assertEquals(18_000, national.groups().size());
    assertSortedAndUnique(national.schools(), s -> s.id().value());
    assertSortedAndUnique(national.groups(), EditionFiles.GroupRow::id);
    for (SchoolRow school : national.schools()) {
      double lat = school.location().latitude();
      double lon = school.location().longitude();
      assertTrue(lat > 50.7 && lat < 53.55 && lon > 3.35 && lon < 7.25, school::toString);
    }
  }

  private static void assertNear(Town town, GeoPoint location, String postcode) {
    double km = town.location().distanceKm(location);
    assertTrue(km <= 1.51, () -> location + " is " + km + " km from " + town.name());
    assertTrue(
        postcode.startsWith(town.postcode().substring(0, 5)),
        () -> postcode + " is not in " + town.name());
  }

  private static <R> void assertSortedAndUnique(List<R> rows, Function<R, String> id) {
    List<String> ids = rows.stream().map(id).toList();
    assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique");
    assertEquals(ids.stream().sorted().toList(), ids, "ids are sorted");
  }
}
