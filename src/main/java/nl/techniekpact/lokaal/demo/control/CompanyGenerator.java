package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.platform.entity.Town;

/** Invents the host companies of an edition: a sector, a family firm's name, a place in a town. */
final class CompanyGenerator {

  private static final int[] SECTOR_WEIGHTS =
      NameLists.SECTORS.stream().mapToInt(NameLists.Sector::weight).toArray();

  /**
   * After this many clashing draws a firm adds its town to its name, as firms with common names do.
   */
  private static final int NAME_ATTEMPTS = 25;

  private final TownPicker towns;
  private final SplittableRandom random;
  private final Domains domains = new Domains();
  private final Set<String> names = new HashSet<>();

  CompanyGenerator(TownPicker towns, SplittableRandom random) {
    this.towns = towns;
    this.random = random;
  }

  /** Companies C0001, C0002, ... in that order. */
  List<CompanyRow> generate(int count) {
    List<CompanyRow> companies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = String.format(Locale.ROOT, "C%04d", i + 1);
      NameLists.Sector sector = NameLists.SECTORS.get(Draw.weighted(random, SECTOR_WEIGHTS));
      Town town = towns.bySize(random);
      String name = uniqueName(sector, town, id);
      String email = "info@" + domains.forName(name, town.name());
      companies.add(
          new CompanyRow(
              i + 2,
              id,
              name,
              sector.code(),
              town.name(),
              Places.postcodeIn(town, random),
              Places.inTown(town, random),
              email));
    }
    return companies;
  }

  private String uniqueName(NameLists.Sector sector, Town town, String id) {
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      String name =
          String.format(
              Locale.ROOT,
              Draw.one(random, sector.patterns()),
              Draw.one(random, NameLists.SURNAMES));
      if (names.add(name)) {
        return name;
      }
      String withTown = name + " " + town.name();
      if (names.add(withTown)) {
        return withTown;
      }
    }
    // Only reached when the name lists are nearly used up: the id makes the name unique.
    String fallback =
        String.format(Locale.ROOT, Draw.one(random, sector.patterns()), town.name()) + " " + id;
    names.add(fallback);
    return fallback;
  }
}
