package nl.techniekpact.lokaal.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.event.entity.Venue;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;

/**
 * The pact's year in the demo region: a register of about 120 schools and two school years
 * (2025-2026 and the autumn of 2026-2027) of published editions whose visits took place, with
 * attendance, feedback and activities outside Lokaal, so that the monitor has schools in all three
 * bands.
 *
 * <p>Past editions are made with the entities: none of them looks at the clock, so a visit day in
 * the past is as valid as one in the future. Attendance, feedback and external activities are
 * written by {@link DemoOutcomes} as rows, so the demo does not depend on how their features model
 * them. Dates are fixed, like those of the other demo editions.
 */
@ApplicationScoped
public class PactYearDemo {

  static final int REGISTER_SIZE = 120;
  private static final PactBands BANDS = new PactBands(0.3, 0.3);
  private static final Levels LEVELS =
      Levels.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8, Level.VO1, Level.VO2);
  private static final int[] PRIMARY_WEIGHTS = {10, 15, 35, 40};

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject DemoOutcomes outcomes;

  /** Runs inside the demo's transaction, after the region's other editions exist. */
  void seed(Region region, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<School> signedUp =
        em.createQuery(
                "select s from School s where s.region = :region order by s.code.value",
                School.class)
            .setParameter("region", region)
            .getResultList();
    List<RegisterSchool> register =
        DemoRegister.of(region, signedUp, REGISTER_SIZE, 8, random.split());
    register.forEach(em::persist);
    Map<String, School> schools = new HashMap<>();
    signedUp.forEach(s -> schools.put(s.code().value(), s));
    List<Company> companies =
        em.createNamedQuery(Company.OF_REGION, Company.class)
            .setParameter("region", region)
            .getResultList();
    Map<String, Venue> venues = new HashMap<>();
    em.createNamedQuery(Venue.OF_REGION, Venue.class)
        .setParameter("region", region)
        .getResultList()
        .forEach(v -> venues.put(v.name(), v));
    Venue theatre = venues.get("Schouwburg Amphion");
    Venue centre = venues.get("ICER innovatiecentrum");

    List<Year> years =
        List.of(
            new Year(
                LocalDate.of(2025, 8, 1),
                List.of(
                    edition(
                        region,
                        EditionKind.COMPANY_VISITS,
                        "Week van de Techniek Achterhoek 2026",
                        LocalDate.of(2026, 3, 9),
                        LocalDate.of(2026, 3, 13),
                        null,
                        companies),
                    edition(
                        region,
                        EditionKind.SHOW,
                        "7 werelden van techniek 2026",
                        LocalDate.of(2026, 2, 2),
                        LocalDate.of(2026, 2, 4),
                        theatre,
                        companies),
                    edition(
                        region,
                        EditionKind.CENTRE_VISIT,
                        "ICER bezoeken 2025-2026",
                        LocalDate.of(2025, 9, 15),
                        LocalDate.of(2026, 6, 26),
                        centre,
                        companies))),
            new Year(
                LocalDate.of(2026, 8, 1),
                List.of(
                    edition(
                        region,
                        EditionKind.COMPANY_VISITS,
                        "Techniek op de werkvloer oktober 2026",
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 9),
                        null,
                        companies),
                    edition(
                        region,
                        EditionKind.CENTRE_VISIT,
                        "ICER bezoeken najaar 2026",
                        LocalDate.of(2026, 9, 14),
                        LocalDate.of(2026, 12, 4),
                        centre,
                        companies))));
    for (Year year : years) {
      int[] attended = BANDS.draw(random, register.size());
      List<DemoOutcomes.Visit> visits = new ArrayList<>();
      List<DemoOutcomes.Outside> outside = new ArrayList<>();
      for (int s = 0; s < register.size(); s++) {
        RegisterSchool listed = register.get(s);
        School school = schools.get(listed.code().value());
        for (int a = 0; a < attended[s]; a++) {
          if (school != null && random.nextInt(10) < 7) {
            visits.add(book(year, school, DemoOutcomes.Turnout.CAME, random));
          } else {
            outside.add(new DemoOutcomes.Outside(listed, level(listed.kind(), random)));
          }
        }
        if (school != null && random.nextInt(12) == 0) {
          visits.add(book(year, school, DemoOutcomes.Turnout.ABSENT, random));
        }
        if (school != null && random.nextInt(12) == 0) {
          visits.add(book(year, school, DemoOutcomes.Turnout.UNKNOWN, random));
        }
      }
      for (Filler f : year.editions()) {
        f.edition().closeRegistration();
        if (f.edition().kind().isAllocated()) {
          f.edition().markAllocated();
        }
        f.edition().publish();
      }
      em.flush();
      outcomes.record(region, year.firstDay(), visits, outside, random);
    }
  }

  private DemoOutcomes.Visit book(
      Year year, School school, DemoOutcomes.Turnout turnout, SplittableRandom random) {
    Filler f = year.editions().get(random.nextInt(year.editions().size()));
    Edition edition = f.edition();
    if (!edition.takesPart(school)) {
      edition.enrol(school);
    }
    Level level = level(school.kind(), random);
    VisitSlot slot = f.slot(random);
    int pupils = random.nextInt(18, 31);
    String domain = school.contact().email().substring(school.contact().email().indexOf('@') + 1);
    Contact teacher =
        new Contact(
            null,
            (NameLists.INITIALS.charAt(random.nextInt(NameLists.INITIALS.length()))
                    + "."
                    + Domains.slug(Draw.one(random, NameLists.SURNAMES))
                    + "@"
                    + domain)
                .toLowerCase(java.util.Locale.ROOT),
            null);
    ClassGroup group =
        new ClassGroup(
            edition,
            school,
            String.format("G%05d", ++f.groups),
            level.dutchName() + (char) ('a' + random.nextInt(3)),
            level,
            pupils,
            teacher,
            Days.of(List.of(slot.day()), "days"),
            Transport.BIKE,
            8.0);
    em.persist(group);
    Booking booking = Booking.confirmed(slot, group, pupils);
    em.persist(booking);
    f.booked++;
    return new DemoOutcomes.Visit(booking, turnout);
  }

  private static Level level(SchoolKind kind, SplittableRandom random) {
    if (kind == SchoolKind.VO) {
      return random.nextInt(5) < 3 ? Level.VO1 : Level.VO2;
    }
    return List.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8)
        .get(Draw.weighted(random, PRIMARY_WEIGHTS));
  }

  private Filler edition(
      Region region,
      EditionKind kind,
      String name,
      LocalDate first,
      LocalDate last,
      Venue venue,
      List<Company> companies) {
    Edition edition =
        new Edition(
            region,
            kind,
            name,
            new DateRange(first, last, "period"),
            new DateRange(first.minusMonths(4), first.minusWeeks(3), "registration"),
            LEVELS,
            1);
    edition.useMailbox("activiteiten@techniekpact-" + region.code() + ".example.nl");
    edition.openRegistration();
    em.persist(edition);
    if (venue == null) {
      companies.forEach(edition::enrol);
    }
    return new Filler(edition, venue, companies);
  }

  private record Year(LocalDate firstDay, List<Filler> editions) {}

  /** Hands out slots of one edition, a new one when the last is full. */
  private final class Filler {
    private final Edition edition;
    private final Venue venue;
    private final List<Company> companies;
    private VisitSlot current;
    private LocalDate day;
    private int slots;
    private int groups;
    private int booked;

    Filler(Edition edition, Venue venue, List<Company> companies) {
      this.edition = edition;
      this.venue = venue;
      this.companies = companies;
      this.day = edition.period().firstDay();
    }

    Edition edition() {
      return edition;
    }

    VisitSlot slot(SplittableRandom random) {
      if (current != null && booked < current.maxGroups()) {
        return current;
      }
      booked = 0;
      boolean morning = slots % 2 == 0;
      TimeWindow window =
          morning
              ? new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 30))
              : new TimeWindow(LocalTime.of(12, 30), LocalTime.of(15, 0));
      String code = String.format("V%03d", ++slots);
      current =
          venue == null
              ? VisitSlot.atCompany(
                  edition, code, Draw.one(random, companies), day, window, 60, 2, LEVELS)
              : VisitSlot.atVenue(edition, code, venue, day, window, 150, 4, LEVELS);
      em.persist(current);
      if (!morning) {
        day = nextDay(day);
      }
      return current;
    }

    private LocalDate nextDay(LocalDate d) {
      int step = edition.kind() == EditionKind.CENTRE_VISIT ? 7 : 1;
      LocalDate next = d.plusDays(step);
      while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
        next = next.plusDays(1);
      }
      return next.isAfter(edition.period().lastDay()) ? edition.period().firstDay() : next;
    }
  }
}
