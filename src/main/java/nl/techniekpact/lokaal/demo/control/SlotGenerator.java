package nl.techniekpact.lokaal.demo.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;

/**
 * Invents the visits companies offer: each on its own half day of the week, in the time a firm
 * usually keeps for school visits, for a few class groups of one audience.
 */
final class SlotGenerator {

  private record Window(LocalTime start, LocalTime end) {
    static Window of(String start, String end) {
      return new Window(LocalTime.parse(start), LocalTime.parse(end));
    }
  }

  private static final List<Window> MORNINGS =
      List.of(
          Window.of("09:00", "11:00"),
          Window.of("09:00", "11:30"),
          Window.of("09:30", "12:00"),
          Window.of("10:00", "12:00"));

  private static final List<Window> AFTERNOONS =
      List.of(
          Window.of("13:00", "14:30"), Window.of("13:00", "15:00"), Window.of("13:30", "15:30"));

  private static final Levels PRIMARY_ALL = Levels.of(Level.PO5, Level.PO6, Level.PO7, Level.PO8);
  private static final Levels PRIMARY_TOP = Levels.of(Level.PO7, Level.PO8);
  private static final Levels SECONDARY = Levels.of(Level.VO1, Level.VO2);
  private static final Levels BRIDGE = Levels.of(Level.PO8, Level.VO1, Level.VO2);
  private static final List<Levels> ANY_AUDIENCE =
      List.of(PRIMARY_ALL, PRIMARY_TOP, SECONDARY, BRIDGE);

  /** Firms mostly host primary pupils, some only the first years of secondary school, many both. */
  private static final int[] AUDIENCE_WEIGHTS = {45, 20, 35};

  /** One class group per slot is most common; three is a large firm with several guides. */
  private static final int[] GROUP_WEIGHTS = {45, 35, 20};

  private final SplittableRandom random;

  SlotGenerator(SplittableRandom random) {
    this.random = random;
  }

  /** Slots S00001, S00002, ... company by company, each company's in the order of the week. */
  List<SlotRow> generate(
      List<CompanyRow> companies, int[] slotsPerCompany, LocalDate firstDay, int days) {
    List<Integer> halfDays = IntStream.range(0, 2 * days).boxed().toList();
    List<SlotRow> slots = new ArrayList<>();
    for (int c = 0; c < companies.size(); c++) {
      int audience = Draw.weighted(random, AUDIENCE_WEIGHTS);
      Window morning = Draw.one(random, MORNINGS);
      Window afternoon = Draw.one(random, AFTERNOONS);
      List<Integer> chosen = new ArrayList<>(Draw.distinct(random, halfDays, slotsPerCompany[c]));
      chosen.sort(null);
      for (int halfDay : chosen) {
        Window window = halfDay % 2 == 0 ? morning : afternoon;
        int maxGroups = 1 + Draw.weighted(random, GROUP_WEIGHTS);
        String id = String.format(Locale.ROOT, "S%05d", slots.size() + 1);
        slots.add(
            new SlotRow(
                slots.size() + 2,
                id,
                companies.get(c).id(),
                firstDay.plusDays(halfDay / 2),
                window.start(),
                window.end(),
                capacity(maxGroups),
                maxGroups,
                levels(audience)));
      }
    }
    return slots;
  }

  /** Room for 20 to 30 pupils per group, in round numbers, between 20 and 90 in all. */
  private int capacity(int maxGroups) {
    int pupils = maxGroups * random.nextInt(20, 31);
    int rounded = Math.round(pupils / 5f) * 5;
    return Math.max(20, Math.min(90, rounded));
  }

  private Levels levels(int audience) {
    return switch (audience) {
      case 0 -> random.nextInt(5) < 3 ? PRIMARY_TOP : PRIMARY_ALL;
      case 1 -> SECONDARY;
      default -> Draw.one(random, ANY_AUDIENCE);
    };
  }
}
