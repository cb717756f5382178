package nl.techniekpact.lokaal.demo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;

/**
 * Invents the class groups schools register: their year, size, free days, how they travel and how
 * far, and the companies they wish to visit.
 */
final class GroupGenerator {

  private static final List<Level> PRIMARY_LEVELS =
      List.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8);

  /** The week is aimed at the oldest primary pupils, who choose a secondary school next year. */
  private static final int[] PRIMARY_LEVEL_WEIGHTS = {5, 10, 40, 45};

  private static final List<Level> SECONDARY_LEVELS = List.of(Level.VO1, Level.VO2);
  private static final int[] SECONDARY_LEVEL_WEIGHTS = {60, 40};

  /**
   * In the order of {@link Transport}: primary groups cycle, secondary groups more often take the
   * bus.
   */
  private static final int[] PRIMARY_TRANSPORT_WEIGHTS = {15, 45, 25, 15};

  private static final int[] SECONDARY_TRANSPORT_WEIGHTS = {5, 35, 55, 5};

  /** What teachers state as the furthest trip, in the order of {@link Transport}. */
  private static final List<List<Double>> REACH_KM =
      List.of(
          List.of(2.0, 2.5, 3.0),
          List.of(6.0, 7.0, 8.0, 9.0, 10.0),
          List.of(20.0, 25.0, 30.0, 35.0),
          List.of(15.0, 20.0, 25.0));

  /** How many companies a group wishes, from none to five. */
  private static final int[] WISH_WEIGHTS = {10, 15, 20, 20, 15, 20};

  private final List<CompanyRow> companies;
  private final List<Set<Level>> offered;
  private final NearbyCompanies nearby;
  private final SplittableRandom random;

  GroupGenerator(List<CompanyRow> companies, List<SlotRow> slots, SplittableRandom random) {
    this.companies = companies;
    this.offered = offeredLevels(companies, slots);
    this.nearby = new NearbyCompanies(companies);
    this.random = random;
  }

  /** Groups G00001, G00002, ... school by school. */
  List<GroupRow> generate(
      List<SchoolRow> schools, int[] groupsPerSchool, LocalDate firstDay, int days) {
    List<LocalDate> week = IntStream.range(0, days).mapToObj(firstDay::plusDays).toList();
    List<GroupRow> groups = new ArrayList<>();
    for (int s = 0; s < schools.size(); s++) {
      SchoolRow school = schools.get(s);
      boolean primary = school.kind() == SchoolKind.PO;
      String domain = school.contactEmail().substring(school.contactEmail().indexOf('@') + 1);
      Map<Level, Integer> parallelClasses = new EnumMap<>(Level.class);
      for (int g = 0; g < groupsPerSchool[s]; g++) {
        Level level =
            primary
                ? PRIMARY_LEVELS.get(Draw.weighted(random, PRIMARY_LEVEL_WEIGHTS))
                : SECONDARY_LEVELS.get(Draw.weighted(random, SECONDARY_LEVEL_WEIGHTS));
        int parallel = parallelClasses.merge(level, 1, Integer::sum);
        int[] transportWeights = primary ? PRIMARY_TRANSPORT_WEIGHTS : SECONDARY_TRANSPORT_WEIGHTS;
        Transport transport = Transport.values()[Draw.weighted(random, transportWeights)];
        double reachKm = Draw.one(random, REACH_KM.get(transport.ordinal()));
        groups.add(group(groups.size(), school, domain, level, parallel, week, transport, reachKm));
      }
    }
    return groups;
  }

  private GroupRow group(
      int index,
      SchoolRow school,
      String domain,
      Level level,
      int parallel,
      List<LocalDate> week,
      Transport transport,
      double reachKm) {
    String id = String.format(Locale.ROOT, "G%05d", index + 1);
    String name = level.dutchName() + (char) ('a' + parallel - 1);
    int pupils = random.nextInt(18, 31);
    Days days = Days.of(Draw.distinct(random, week, random.nextInt(1, week.size() + 1)), "days");
    List<String> wishes = wishes(school, level, reachKm);
    String teacher =
        NameLists.INITIALS.charAt(random.nextInt(NameLists.INITIALS.length()))
            + "."
            + Domains.slug(Draw.one(random, NameLists.SURNAMES))
            + "@"
            + domain;
    return new GroupRow(
        index + 2,
        id,
        school.id(),
        name,
        level,
        pupils,
        days,
        transport,
        reachKm,
        wishes,
        teacher.toLowerCase(Locale.ROOT));
  }

  /**
   * Wishes go to companies within reach that host the group's level. A teacher with fewer such
   * companies nearby than wanted sometimes names one further away, as real wish lists do.
   */
  private List<String> wishes(SchoolRow school, Level level, double reachKm) {
    int wanted = Draw.weighted(random, WISH_WEIGHTS);
    if (wanted == 0) {
      return List.of();
    }
    List<Integer> near =
        nearby.within(school.location(), reachKm).stream()
            .filter(i -> offered.get(i).contains(level))
            .toList();
    List<Integer> chosen = new ArrayList<>(Draw.distinct(random, near, wanted));
    if (chosen.size() < wanted && random.nextBoolean()) {
      int far = random.nextInt(companies.size());
      if (offered.get(far).contains(level) && !chosen.contains(far)) {
        chosen.add(far);
      }
    }
    return chosen.stream().map(i -> companies.get(i).id()).toList();
  }

  /** Per company, in list order, the levels any of its slots admits. */
  private static List<Set<Level>> offeredLevels(List<CompanyRow> companies, List<SlotRow> slots) {
    Map<String, Integer> indexById = new HashMap<>();
    List<Set<Level>> offered = new ArrayList<>(companies.size());
    for (int i = 0; i < companies.size(); i++) {
      indexById.put(companies.get(i).id(), i);
      offered.add(EnumSet.noneOf(Level.class));
    }
    for (SlotRow slot : slots) {
      offered.get(indexById.get(slot.companyId())).addAll(slot.levels().asSet());
    }
    return offered;
  }
}
