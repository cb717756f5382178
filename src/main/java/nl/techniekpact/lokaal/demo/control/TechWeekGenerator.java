package nl.techniekpact.lokaal.demo.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * Invents a whole Week van de Techniek edition: schools, companies, their slots and the class
 * groups with their wishes, every value valid for the domain. The same parameters always give the
 * same edition, so a demo, a test or a benchmark can be repeated exactly.
 *
 * <p>Each part draws from its own random stream split off the seed, so a change in how slots are
 * invented leaves the schools and companies of a seed as they were.
 */
public final class TechWeekGenerator {

  private final Towns towns;

  public TechWeekGenerator() {
    this(Towns.standard());
  }

  public TechWeekGenerator(Towns towns) {
    this.towns = towns;
  }

  public EditionFiles generate(Parameters p) {
    SplittableRandom seed = new SplittableRandom(p.seed());
    SplittableRandom placeRandom = seed.split();
    SplittableRandom schoolRandom = seed.split();
    SplittableRandom companyRandom = seed.split();
    SplittableRandom slotRandom = seed.split();
    SplittableRandom groupRandom = seed.split();

    TownPicker picker = new TownPicker(p.area().towns(towns, placeRandom), placeRandom);
    int primary = p.primarySchools();
    List<SchoolRow> schools =
        new SchoolGenerator(picker, schoolRandom).generate(primary, p.schools() - primary);
    List<CompanyRow> companies =
        new CompanyGenerator(picker, companyRandom).generate(p.companies());

    int[] slotsPerCompany =
        Draw.spread(
            slotRandom,
            filled(companies.size(), 1),
            filled(companies.size(), p.maxSlotsPerCompany()),
            p.slots());
    List<SlotRow> slots =
        new SlotGenerator(slotRandom).generate(companies, slotsPerCompany, p.firstDay(), p.days());

    int[] groupsPerSchool =
        Draw.spread(groupRandom, filled(schools.size(), 1), mostGroups(schools), p.groups());
    List<GroupRow> groups =
        new GroupGenerator(companies, slots, groupRandom)
            .generate(schools, groupsPerSchool, p.firstDay(), p.days());
    return new EditionFiles(schools, companies, slots, groups);
  }

  private static int[] filled(int length, int value) {
    int[] array = new int[length];
    Arrays.fill(array, value);
    return array;
  }

  private static int[] mostGroups(List<SchoolRow> schools) {
    return schools.stream()
        .mapToInt(
            s ->
                s.kind() == SchoolKind.PO
                    ? Parameters.MAX_PRIMARY_GROUPS
                    : Parameters.MAX_SECONDARY_GROUPS)
        .toArray();
  }

  /**
   * What edition to invent: where, how big, and in which week. The totals of slots and groups are
   * exact; the generator spreads them over the companies and schools.
   *
   * @param seed the same seed gives the same edition
   * @param regionCode the pact the edition is for, such as {@code achterhoek-liemers}
   * @param area where schools and companies lie
   * @param schools number of schools
   * @param primaryShare share of the schools that are primary (PO); the rest are secondary (VO)
   * @param companies number of companies
   * @param slots number of slots, each company offering at least one
   * @param maxSlotsPerCompany most slots one company offers, at most one per half day
   * @param groups number of class groups, each school registering at least one
   * @param firstDay the Monday the week starts
   * @param days number of school days from {@code firstDay}
   */
  public record Parameters(
      long seed,
      String regionCode,
      Area area,
      int schools,
      double primaryShare,
      int companies,
      int slots,
      int maxSlotsPerCompany,
      int groups,
      LocalDate firstDay,
      int days) {

    /** The week of the demo editions: a fixed date, so presets never depend on the clock. */
    public static final LocalDate DEMO_WEEK = LocalDate.of(2027, 3, 15);

    /** Primary schools register one to three groups, secondary schools one to four. */
    public static final int MAX_PRIMARY_GROUPS = 3;

    public static final int MAX_SECONDARY_GROUPS = 4;

    /**
     * Ids are zero-padded (C0001, S00001, G00001); beyond these sizes they would no longer sort as
     * text.
     */
    static final int MAX_COMPANIES = 9_999;

    static final int MAX_ROWS = 99_999;

    /** BRIN codes are two digits and two letters: room for 67,600 schools, kept well below. */
    static final int MAX_SCHOOLS = 30_000;

    public Parameters {
      Objects.requireNonNull(regionCode, "regionCode");
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(firstDay, "firstDay");
      require(
          firstDay.getDayOfWeek() == DayOfWeek.MONDAY,
          "firstDay must be a Monday, was " + firstDay);
      require(days >= 1 && days <= 5, "days must be 1 to 5 school days, was " + days);
      require(
          schools >= 1 && schools <= MAX_SCHOOLS,
          "schools must be 1 to " + MAX_SCHOOLS + ", was " + schools);
      require(
          primaryShare >= 0 && primaryShare <= 1,
          "primaryShare must be between 0 and 1, was " + primaryShare);
      require(
          companies >= 1 && companies <= MAX_COMPANIES,
          "companies must be 1 to " + MAX_COMPANIES + ", was " + companies);
      require(
          maxSlotsPerCompany >= 1 && maxSlotsPerCompany <= 2 * days,
          "maxSlotsPerCompany must be 1 to "
              + 2 * days
              + " (a morning and an afternoon per day), was "
              + maxSlotsPerCompany);
      require(
          slots >= companies && slots <= Math.min(MAX_ROWS, (long) companies * maxSlotsPerCompany),
          "slots must be between one and maxSlotsPerCompany per company, was " + slots);
      int primary = primaryOf(schools, primaryShare);
      long mostGroups =
          (long) primary * MAX_PRIMARY_GROUPS + (long) (schools - primary) * MAX_SECONDARY_GROUPS;
      require(
          groups >= schools && groups <= Math.min(MAX_ROWS, mostGroups),
          "groups must be between one and "
              + MAX_PRIMARY_GROUPS
              + " (PO) or "
              + MAX_SECONDARY_GROUPS
              + " (VO) per school, was "
              + groups);
    }

    /**
     * About 60 schools and 40 companies in the towns of the region: the size of a demo. The code's
     * dash-separated parts choose the towns, so {@code achterhoek-liemers} uses both regions.
     */
    public static Parameters regional(long seed, String regionCode) {
      Area area = new Area.TownTable(Arrays.asList(regionCode.strip().split("-")));
      return new Parameters(seed, regionCode, area, 60, 0.85, 40, 100, 4, 130, DEMO_WEEK, 5);
    }

    /** A nationwide edition: 8,000 schools, 3,000 companies, 22,000 slots and 18,000 groups. */
    public static Parameters national(long seed) {
      return new Parameters(
          seed,
          "nl",
          new Area.Netherlands(2_000),
          8_000,
          0.85,
          3_000,
          22_000,
          10,
          18_000,
          DEMO_WEEK,
          5);
    }

    /**
     * The same edition for another number of schools and companies: slots and groups keep their
     * ratio to companies and schools, within what each may have.
     */
    public Parameters sized(int schools, int companies) {
      int primary = primaryOf(schools, primaryShare);
      int mostGroups = primary * MAX_PRIMARY_GROUPS + (schools - primary) * MAX_SECONDARY_GROUPS;
      long scaledSlots = Math.round((double) slots * companies / this.companies);
      long scaledGroups = Math.round((double) groups * schools / this.schools);
      int newSlots =
          (int) Math.max(companies, Math.min((long) companies * maxSlotsPerCompany, scaledSlots));
      int newGroups = (int) Math.max(schools, Math.min(mostGroups, scaledGroups));
      return new Parameters(
          seed,
          regionCode,
          area,
          schools,
          primaryShare,
          companies,
          newSlots,
          maxSlotsPerCompany,
          newGroups,
          firstDay,
          days);
    }

    /** How many of the schools are primary; the rest are secondary. */
    public int primarySchools() {
      return primaryOf(schools, primaryShare);
    }

    private static int primaryOf(int schools, double primaryShare) {
      return (int) Math.round(schools * primaryShare);
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
