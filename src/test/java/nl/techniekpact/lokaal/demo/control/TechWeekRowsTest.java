package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator.Parameters;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.control.InterchangeReader;
import nl.techniekpact.lokaal.exchange.control.InterchangeWriter;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;
import org.junit.jupiter.api.Test;

/**
 * Every generated row is valid for the domain and looks like what schools and companies really
 * send.
 */
class TechWeekRowsTest {

  private static final Parameters PRESET = Parameters.regional(2027, "achterhoek-liemers");
  private static final EditionFiles EDITION = new TechWeekGenerator().generate(PRESET);
  private static final Map<String, CompanyRow> COMPANIES =
      EDITION.companies().stream().collect(Collectors.toMap(CompanyRow::id, Function.identity()));
  private static final Map<String, SchoolRow> SCHOOLS =
      EDITION.schools().stream()
          .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
  private static final List<Levels> AUDIENCES =
      List.of(
          Levels.parse("PO5;PO6;PO7;PO8", "levels"),
          Levels.parse("PO7;PO8", "levels"),
          Levels.parse("VO1;VO2", "levels"),
          Levels.parse("PO8;VO1;VO2", "levels"));

  @Test
  void theEditionReadsBackUnchangedThroughTheInterchangeFiles() {
    EditionBounds week =
        new EditionBounds(
            new DateRange(
                PRESET.firstDay(), PRESET.firstDay().plusDays(PRESET.days() - 1), "period"),
            Levels.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8, Level.VO1, Level.VO2));
    assertEquals(
        EDITION, new InterchangeReader().read(new InterchangeWriter().write(EDITION), week));
  }

  @Test
  void schoolIdsAreBrinCodesAtTheirMainOrSecondLocation() {
    EDITION
        .schools()
        .forEach(s -> assertTrue(s.id().value().matches("[0-9]{2}[A-Z]{2}0[01]"), s.id()::value));
  }

  @Test
  void primaryAndSecondarySchoolsAreNamedAsSuch() {
    for (SchoolRow school : EDITION.schools()) {
      boolean looksPrimary =
          school
              .name()
              .matches(
                  "(Basisschool|OBS|IKC|Openbare Basisschool|CBS|PCBS|Christelijke Basisschool"
                      + "|RKBS|Katholieke Basisschool) .+");
      boolean looksSecondary = school.name().matches(".+ (College|Lyceum)|Scholengemeenschap .+");
      assertTrue(school.kind() == SchoolKind.PO ? looksPrimary : looksSecondary, school::name);
    }
  }

  @Test
  void everySchoolAndCompanyHasItsOwnExampleMailAddress() {
    List<String> emails =
        Stream.concat(
                EDITION.schools().stream().map(SchoolRow::contactEmail),
                EDITION.companies().stream().map(CompanyRow::contactEmail))
            .toList();
    assertEquals(emails.size(), Set.copyOf(emails).size());
    emails.forEach(e -> assertTrue(e.matches("info@[a-z0-9-]+\\.example\\.nl"), e));
    EDITION
        .groups()
        .forEach(
            g ->
                assertTrue(
                    g.teacherEmail().matches("[a-z]\\.[a-z]+@[a-z0-9-]+\\.example\\.nl"),
                    g::teacherEmail));
  }

  @Test
  void companiesWorkInTheSectorsOfTheRegion() {
    Set<String> sectors =
        Set.of(
            "metaal",
            "bouw",
            "installatie",
            "voeding",
            "logistiek",
            "agrotechniek",
            "ict",
            "energie",
            "maakindustrie",
            "chemie");
    EDITION.companies().forEach(c -> assertTrue(sectors.contains(c.sector()), c::sector));
  }

  @Test
  void everyCompanyOffersOneToFourSlotsEachOnItsOwnHalfDay() {
    Map<String, List<SlotRow>> byCompany =
        EDITION.slots().stream().collect(Collectors.groupingBy(SlotRow::companyId));
    assertEquals(COMPANIES.keySet(), byCompany.keySet());
    for (List<SlotRow> slots : byCompany.values()) {
      assertTrue(slots.size() >= 1 && slots.size() <= 4);
      Set<String> halfDays =
          slots.stream()
              .map(s -> s.date() + (s.start().isBefore(LocalTime.NOON) ? "am" : "pm"))
              .collect(Collectors.toSet());
      assertEquals(slots.size(), halfDays.size());
    }
  }

  @Test
  void everySlotIsOnASchoolDayOfTheWeekInTheMorningOrAfternoon() {
    for (SlotRow slot : EDITION.slots()) {
      assertWithinWeek(slot.date());
      boolean morning =
          !slot.start().isBefore(LocalTime.of(9, 0)) && !slot.end().isAfter(LocalTime.NOON);
      boolean afternoon =
          !slot.start().isBefore(LocalTime.of(13, 0)) && !slot.end().isAfter(LocalTime.of(15, 30));
      assertTrue(slot.end().isAfter(slot.start()) && (morning || afternoon), slot::toString);
    }
  }

  @Test
  void slotCapacityFitsTwentyToThirtyPupilsPerGroup() {
    for (SlotRow slot : EDITION.slots()) {
      assertTrue(slot.maxGroups() >= 1 && slot.maxGroups() <= 3, slot::toString);
      assertTrue(slot.capacityPupils() >= 20 && slot.capacityPupils() <= 90, slot::toString);
      int pupils = slot.capacityPupils();
      assertTrue(
          pupils >= 20 * slot.maxGroups() && pupils <= 30 * slot.maxGroups(), slot::toString);
      assertTrue(AUDIENCES.contains(slot.levels()), slot::toString);
    }
  }

  @Test
  void primarySchoolsRegisterOneToThreeGroupsAndSecondarySchoolsOneToFour() {
    Map<String, Long> groupsPerSchool =
        EDITION.groups().stream()
            .collect(Collectors.groupingBy(g -> g.schoolId().value(), Collectors.counting()));
    assertEquals(SCHOOLS.keySet(), groupsPerSchool.keySet());
    groupsPerSchool.forEach(
        (school, count) ->
            assertTrue(
                count >= 1 && count <= (SCHOOLS.get(school).kind() == SchoolKind.PO ? 3 : 4),
                school + " has " + count));
  }

  @Test
  void groupsAreInTheYearsTheWeekIsForAndNamedAfterIt() {
    for (GroupRow group : EDITION.groups()) {
      boolean primary = SCHOOLS.get(group.schoolId().value()).kind() == SchoolKind.PO;
      Set<Level> years =
          primary
              ? Set.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8)
              : Set.of(Level.VO1, Level.VO2);
      assertTrue(years.contains(group.level()), group::toString);
      assertTrue(
          group
              .name()
              .matches((primary ? "groep " : "klas ") + group.level().name().charAt(2) + "[a-d]"),
          group::name);
    }
  }

  @Test
  void mostPrimaryGroupsAreInTheirLastTwoYears() {
    long all = EDITION.groups().stream().filter(g -> g.level().name().startsWith("PO")).count();
    long oldest =
        EDITION.groups().stream()
            .filter(g -> g.level() == Level.PO7 || g.level() == Level.PO8)
            .count();
    assertTrue(oldest * 10 >= all * 7, oldest + " of " + all);
  }

  @Test
  void groupsHaveEighteenToThirtyPupilsAndOneToFiveDaysOfTheWeek() {
    for (GroupRow group : EDITION.groups()) {
      assertTrue(group.pupils() >= 18 && group.pupils() <= 30, group::toString);
      assertTrue(
          group.days().asList().size() >= 1 && group.days().asList().size() <= 5, group::toString);
      group.days().asList().forEach(TechWeekRowsTest::assertWithinWeek);
    }
  }

  @Test
  void howFarAGroupGoesFitsHowItTravels() {
    Map<Transport, double[]> ranges =
        Map.of(
            Transport.WALK,
            new double[] {2, 3},
            Transport.BIKE,
            new double[] {6, 10},
            Transport.BUS,
            new double[] {20, 35},
            Transport.CAR,
            new double[] {15, 25});
    for (GroupRow group : EDITION.groups()) {
      double[] range = ranges.get(group.transport());
      assertTrue(group.maxKm() >= range[0] && group.maxKm() <= range[1], group::toString);
    }
  }

  @Test
  void wishesAreAtMostFiveDistinctCompaniesOfTheEditionThatHostTheGroupsYear() {
    for (GroupRow group : EDITION.groups()) {
      assertTrue(group.preferences().size() <= 5, group::toString);
      assertEquals(
          group.preferences().size(), Set.copyOf(group.preferences()).size(), group::toString);
      for (String company : group.preferences()) {
        assertTrue(COMPANIES.containsKey(company), company);
        assertTrue(
            EDITION.slots().stream()
                .anyMatch(s -> s.companyId().equals(company) && s.levels().contains(group.level())),
            () -> company + " hosts no " + group.level());
      }
    }
  }

  @Test
  void mostWishesAreWithinReachOfTheSchool() {
    int wishes = 0;
    int inReach = 0;
    for (GroupRow group : EDITION.groups()) {
      for (String company : group.preferences()) {
        wishes++;
        double km =
            SCHOOLS
                .get(group.schoolId().value())
                .location()
                .distanceKm(COMPANIES.get(company).location());
        inReach += km <= group.maxKm() ? 1 : 0;
      }
    }
    assertTrue(wishes > EDITION.groups().size(), "groups wish companies: " + wishes);
    assertTrue(inReach * 10 >= wishes * 8, inReach + " of " + wishes + " wishes in reach");
  }

  private static void assertWithinWeek(LocalDate day) {
    assertTrue(
        !day.isBefore(PRESET.firstDay()) && day.isBefore(PRESET.firstDay().plusDays(PRESET.days())),
        day::toString);
    assertTrue(
        day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
        day::toString);
  }
}
