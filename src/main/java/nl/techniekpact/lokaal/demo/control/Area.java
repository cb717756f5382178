package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Town;

/** Where an invented edition takes place: the towns its schools and companies are spread over. */
public sealed interface Area permits Area.TownTable, Area.Netherlands {

  /** The towns to place schools and companies in, always in the same order for the same random. */
  List<Town> towns(Towns table, SplittableRandom random);

  /** The real towns of some regions of the town table, such as achterhoek and liemers. */
  record TownTable(List<String> regions) implements Area {

    public TownTable {
      regions = regions.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public List<Town> towns(Towns table, SplittableRandom random) {
      List<Town> towns =
          table.all().stream()
              .filter(t -> regions.contains(t.region().toLowerCase(Locale.ROOT)))
              .toList();
      if (towns.isEmpty()) {
        throw new IllegalArgumentException("the town table has no towns in " + regions);
      }
      return towns;
    }
  }

  /**
   * Invented towns at random positions in the bounding box of the Netherlands, for nationwide load
   * tests. The box includes some sea and border land; for load tests only spread matters.
   */
  record Netherlands(int towns) implements Area {

    static final double SOUTH = 50.75;
    static final double NORTH = 53.5;
    static final double WEST = 3.4;
    static final double EAST = 7.2;

    public Netherlands {
      if (towns < 1) {
        throw new IllegalArgumentException("towns must be at least 1, was " + towns);
      }
    }

    @Override
    public List<Town> towns(Towns table, SplittableRandom random) {
      List<String> names = Draw.shuffled(random, NameLists.inventedTownNames());
      List<Town> invented = new ArrayList<>(towns);
      for (int i = 0; i < towns; i++) {
        GeoPoint centre =
            Places.rounded(random.nextDouble(SOUTH, NORTH), random.nextDouble(WEST, EAST));
        String postcode = Places.postcode(random.nextInt(1000, 10_000), random);
        // Beyond the number of invented names, names repeat, as real Dutch place names do.
        invented.add(new Town(names.get(i % names.size()), postcode, centre, "nl"));
      }
      return invented;
    }
  }
}
