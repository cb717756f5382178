package nl.techniekpact.lokaal.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.event.entity.Venue;
import nl.techniekpact.lokaal.exchange.control.EditionImporter;
import nl.techniekpact.lokaal.platform.control.DatabaseReady;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with a believable season of the Achterhoek and De Liemers pacts, so that
 * someone trying Lokaal has something to look at: a Week van de Techniek in each region (generated
 * companies, slots, schools and groups), a "7 werelden van techniek" show with sessions on site and
 * online, and ICER visits. Only with {@code lokaal.demo-data=true}, and never over existing data.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final long SEED = 2027;

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject EditionImporter importer;

  @Inject PactYearDemo pactYear;

  @Inject
  @ConfigProperty(name = "lokaal.demo-data", defaultValue = "false")
  boolean enabled;

  @Transactional
  void seed(@Observes DatabaseReady ready) {
    if (!enabled
        || !em.createNamedQuery(Region.ALL, Region.class)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      return;
    }
    Region achterhoek = persist(new Region("achterhoek", "Techniekpact Achterhoek"));
    Region liemers = persist(new Region("liemers", "Techniekpact De Liemers"));
    techWeek(achterhoek, "Week van de Techniek Achterhoek 2027", 60, 40);
    techWeek(liemers, "Week van de Techniek De Liemers 2027", 30, 20);
    show(achterhoek);
    icer(achterhoek);
    long started = System.nanoTime();
    pactYear.seed(achterhoek, SEED);
    long pactMillis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "Demo data created: regions achterhoek and liemers with four editions, and two school years of the pact in achterhoek (those in "
            + pactMillis
            + " ms)");
  }

  private void techWeek(Region region, String name, int schools, int companies) {
    LocalDate monday = LocalDate.of(2027, 3, 15);
    Edition edition =
        numbered(
            new Edition(
                region,
                EditionKind.COMPANY_VISITS,
                name,
                new DateRange(monday, monday.plusDays(4), "period"),
                new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 26), "registration"),
                Levels.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8, Level.VO1, Level.VO2),
                1));
    edition.openRegistration();
    var parameters =
        TechWeekGenerator.Parameters.regional(SEED + region.code().hashCode(), region.code())
            .sized(schools, companies);
    importer.replaceContent(edition, new TechWeekGenerator().generate(parameters));
  }

  private void show(Region region) {
    Edition show =
        numbered(
            new Edition(
                region,
                EditionKind.SHOW,
                "7 werelden van techniek 2027",
                new DateRange(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 10), "period"),
                new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 1), "registration"),
                Levels.of(Level.PO7, Level.PO8, Level.VO1, Level.VO2),
                1));
    show.openRegistration();
    Venue theatre =
        persist(
            new Venue(
                region,
                "Schouwburg Amphion",
                new Address("Waterstraat 1", "7001 BH", "Doetinchem"),
                new GeoPoint(51.9646, 6.2937)));
    Levels all = show.allowedLevels();
    int n = 1;
    for (LocalDate day = show.period().firstDay();
        !day.isAfter(show.period().lastDay());
        day = day.plusDays(1)) {
      persist(
          VisitSlot.atVenue(
              show, code("SH", n++), theatre, day, window(9, 30, 11, 0), 150, 6, all));
      persist(
          VisitSlot.atVenue(
              show, code("SH", n++), theatre, day, window(13, 0, 14, 30), 150, 6, all));
      persist(
          VisitSlot.online(
              show,
              code("SH", n++),
              null,
              URI.create("https://live.7werelden.example.nl/sessie-" + n),
              day,
              window(15, 0, 16, 0),
              300,
              12,
              all));
    }
  }

  private void icer(Region region) {
    Edition icer =
        numbered(
            new Edition(
                region,
                EditionKind.CENTRE_VISIT,
                "ICER bezoeken voorjaar 2027",
                new DateRange(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 25), "period"),
                new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 18), "registration"),
                Levels.of(Level.PO7, Level.PO8, Level.VO1, Level.VO2),
                1));
    icer.openRegistration();
    Venue centre =
        persist(
            new Venue(
                region,
                "ICER innovatiecentrum",
                new Address(null, "7005 AE", "Doetinchem"),
                new GeoPoint(51.9722, 6.2812)));
    int n = 1;
    for (LocalDate day = icer.period().firstDay();
        !day.isAfter(icer.period().lastDay());
        day = day.plusWeeks(1)) {
      for (LocalDate visitDay : new LocalDate[] {day.plusDays(1), day.plusDays(3)}) {
        persist(
            VisitSlot.atVenue(
                icer,
                code("IC", n++),
                centre,
                visitDay,
                window(9, 0, 11, 30),
                32,
                1,
                icer.allowedLevels()));
        persist(
            VisitSlot.atVenue(
                icer,
                code("IC", n++),
                centre,
                visitDay,
                window(12, 30, 15, 0),
                32,
                1,
                icer.allowedLevels()));
      }
    }
  }

  private static String code(String prefix, int n) {
    return String.format("%s%03d", prefix, n);
  }

  private static TimeWindow window(int h1, int m1, int h2, int m2) {
    return new TimeWindow(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
  }

  /**
   * Inserted at once, so that editions are numbered in the order above on every database (the show
   * is 3, ICER 4).
   */
  private Edition numbered(Edition edition) {
    edition.useMailbox("activiteiten@techniekpact-" + edition.region().code() + ".example.nl");
    em.persist(edition);
    em.flush();
    return edition;
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
