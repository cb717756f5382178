package nl.techniekpact.lokaal.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * What became of the demo's visits and which activities outside Lokaal schools took part in,
 * written as plain rows of the pact-year tables (V16): whether each group came, what teachers and
 * hosts answered, and the Technieklokaal lessons, FIRST LEGO League and Techniektoernooi days.
 */
@ApplicationScoped
public class DemoOutcomes {

  enum Turnout {
    CAME,
    ABSENT,
    UNKNOWN
  }

  record Visit(Booking booking, Turnout turnout) {}

  /** One school's part in some activity outside Lokaal in the year. */
  record Outside(RegisterSchool school, Level level) {}

  private record Held(String kind, String name, LocalDate day, boolean forSecondary) {}

  private static final List<String> WENT_WELL =
      List.of(
          "De kinderen mochten zelf aan de slag, dat werkte heel goed.",
          "Enthousiaste begeleiders die goed uitlegden.",
          "Mooie rondleiding door de werkplaats.",
          "De leerlingen praten er nog steeds over!",
          "Goed voorbereid en op tijd begonnen.",
          "Leuke opdracht met echte materialen.");
  private static final List<String> BETTER =
      List.of(
          "Iets minder lang stilzitten aan het begin.",
          "De groep was te groot voor de ruimte.",
          "Graag vooraf een lesbrief voor de klas.",
          "Parkeren bij de ingang was lastig.",
          "");

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  void record(
      Region region,
      LocalDate yearStart,
      List<Visit> visits,
      List<Outside> outside,
      SplittableRandom random) {
    for (Visit v : visits) {
      LocalDate day = v.booking().slot().day();
      if (v.turnout() != Turnout.UNKNOWN) {
        boolean came = v.turnout() == Turnout.CAME;
        int pupils = came ? Math.max(1, v.booking().pupils() - random.nextInt(3)) : 0;
        String by = random.nextInt(10) == 0 ? "ORGANISER" : "HOST";
        em.createNativeQuery(
                "insert into attendance (booking_id, came, pupils, marked_by, marked_at, version)"
                    + " values (?, ?, ?, ?, ?, 1)")
            .setParameter(1, v.booking().id())
            .setParameter(2, came)
            .setParameter(3, pupils)
            .setParameter(4, by)
            .setParameter(5, day.atTime(15, 30))
            .executeUpdate();
      }
      if (v.turnout() == Turnout.CAME) {
        feedback(v.booking(), "TEACHER", random.nextInt(10) < 6, random);
        feedback(v.booking(), "HOST", random.nextInt(10) < 4, random);
      }
    }
    external(region, yearStart, outside, random);
  }

  private void feedback(Booking booking, String respondent, boolean answered, SplittableRandom r) {
    LocalDateTime asked = nextWorkingDay(booking.slot().day()).atTime(8, 0);
    int rating = Math.min(5, Math.max(1, 5 - Draw.weighted(r, new int[] {45, 35, 12, 5, 3})));
    byte[] token = new byte[32];
    r.nextBytes(token);
    em.createNativeQuery(
            "insert into feedback (booking_id, respondent, token_hash, requested_at, reminded_at,"
                + " answered_at, rating, went_well, could_be_better, come_again, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
        .setParameter(1, booking.id())
        .setParameter(2, respondent)
        .setParameter(3, HexFormat.of().formatHex(token))
        .setParameter(4, asked)
        .setParameter(5, answered ? null : asked.plusDays(7))
        .setParameter(6, answered ? asked.plusHours(r.nextInt(2, 72)) : null)
        .setParameter(7, answered ? rating : null)
        .setParameter(8, answered ? Draw.one(r, WENT_WELL) : null)
        .setParameter(9, answered ? blankToNull(Draw.one(r, BETTER)) : null)
        .setParameter(10, answered && respondent.equals("TEACHER") ? rating >= 3 : null)
        .executeUpdate();
  }

  private void external(
      Region region, LocalDate yearStart, List<Outside> outside, SplittableRandom random) {
    int y = yearStart.getYear();
    List<Held> held = new ArrayList<>();
    String[] lessons = {"bouwen met hout", "elektriciteit", "programmeren", "bruggen bouwen"};
    for (int i = 0; i < 8; i++) {
      LocalDate day =
          LocalDate.of(y, 9, 21)
              .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
              .plusWeeks(i * (y == 2026 ? 1 : 4L));
      held.add(new Held("Technieklokaal", "Technieklokaal: " + lessons[i % 4], day, i % 3 == 0));
    }
    held.add(
        new Held(
            "FIRST LEGO League",
            y == 2026
                ? "FIRST LEGO League oefentoernooi Doetinchem"
                : "FIRST LEGO League regiofinale",
            y == 2026 ? LocalDate.of(2026, 11, 21) : LocalDate.of(2026, 1, 24),
            true));
    if (y == 2025) {
      held.add(
          new Held(
              "Techniektoernooi", "Techniektoernooi Achterhoek", LocalDate.of(2026, 6, 10), false));
    }
    Map<String, Long> kinds = new HashMap<>();
    for (Object row :
        em.createNativeQuery("select id, name from activity_kind where region_id is null")
            .getResultList()) {
      Object[] columns = (Object[]) row;
      kinds.put((String) columns[1], ((Number) columns[0]).longValue());
    }
    List<Long> ids = new ArrayList<>();
    List<Set<Long>> taking = new ArrayList<>();
    for (Held h : held) {
      em.createNativeQuery(
              "insert into external_activity (region_id, kind_id, name, held_on, version)"
                  + " values (?, ?, ?, ?, 1)")
          .setParameter(1, region.id())
          .setParameter(2, kinds.get(h.kind()))
          .setParameter(3, h.name())
          .setParameter(4, h.day())
          .executeUpdate();
      ids.add(
          ((Number)
                  em.createNativeQuery(
                          "select max(id) from external_activity where region_id = ? and name = ?"
                              + " and held_on = ?")
                      .setParameter(1, region.id())
                      .setParameter(2, h.name())
                      .setParameter(3, h.day())
                      .getSingleResult())
              .longValue());
      taking.add(new HashSet<>());
    }
    for (Outside o : outside) {
      boolean secondary = o.school().kind() == SchoolKind.VO;
      for (int attempt = 0; attempt < 20; attempt++) {
        int i = random.nextInt(held.size());
        if ((secondary && !held.get(i).forSecondary()) || !taking.get(i).add(o.school().id())) {
          continue;
        }
        int groups = random.nextInt(4) == 0 ? 2 : 1;
        em.createNativeQuery(
                "insert into external_participation (activity_id, school_id, groups_count, pupils,"
                    + " level) values (?, ?, ?, ?, ?)")
            .setParameter(1, ids.get(i))
            .setParameter(2, o.school().id())
            .setParameter(3, groups)
            .setParameter(4, groups * random.nextInt(18, 30))
            .setParameter(5, random.nextInt(5) == 0 ? null : o.level().name())
            .executeUpdate();
        break;
      }
    }
  }

  private static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
