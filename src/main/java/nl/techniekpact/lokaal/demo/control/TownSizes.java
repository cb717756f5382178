package nl.techniekpact.lokaal.demo.control;

import java.util.Map;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.platform.entity.Town;

/**
 * Roughly how many thousand people live in each town of the table. The town table itself has no
 * population; without it a village like Keijenborg would get as many schools as Doetinchem. Only
 * the proportions matter, so round figures do.
 */
final class TownSizes {

  private static final Map<String, Double> THOUSANDS =
      Map.ofEntries(
          Map.entry("Aalten", 13.0),
          Map.entry("Barchem", 1.5),
          Map.entry("Beltrum", 3.0),
          Map.entry("Borculo", 10.0),
          Map.entry("Dinxperlo", 8.0),
          Map.entry("Doetinchem", 50.0),
          Map.entry("Eibergen", 13.0),
          Map.entry("Gaanderen", 4.5),
          Map.entry("Gendringen", 4.5),
          Map.entry("Groenlo", 10.0),
          Map.entry("Hengelo (Gld)", 8.0),
          Map.entry("Hummelo", 2.5),
          Map.entry("Keijenborg", 1.8),
          Map.entry("Laren (Gld)", 3.0),
          Map.entry("Lichtenvoorde", 12.0),
          Map.entry("Lochem", 13.0),
          Map.entry("Neede", 8.0),
          Map.entry("Ruurlo", 6.0),
          Map.entry("'s-Heerenberg", 8.0),
          Map.entry("Silvolde", 6.0),
          Map.entry("Steenderen", 3.0),
          Map.entry("Terborg", 5.0),
          Map.entry("Ulft", 11.0),
          Map.entry("Varsseveld", 6.0),
          Map.entry("Vorden", 5.0),
          Map.entry("Wehl", 6.5),
          Map.entry("Winterswijk", 24.0),
          Map.entry("Zeddam", 2.5),
          Map.entry("Zelhem", 7.0),
          Map.entry("Angerlo", 1.5),
          Map.entry("Babberich", 2.5),
          Map.entry("Didam", 15.0),
          Map.entry("Duiven", 22.0),
          Map.entry("Giesbeek", 3.0),
          Map.entry("Groessen", 2.5),
          Map.entry("Herwen", 1.5),
          Map.entry("Lathum", 1.5),
          Map.entry("Lobith", 3.5),
          Map.entry("Loo", 1.5),
          Map.entry("Pannerden", 2.0),
          Map.entry("Tolkamer", 4.0),
          Map.entry("Westervoort", 15.0),
          Map.entry("Zevenaar", 33.0));

  private TownSizes() {}

  /**
   * The town's size in thousands; a town not listed, such as an invented one, gets a random size
   * from 1 to 40, skewed so that most are villages and a few are towns.
   */
  static double of(Town town, SplittableRandom random) {
    double drawn = 1 + 39 * Math.pow(random.nextDouble(), 4);
    return THOUSANDS.getOrDefault(town.name(), drawn);
  }
}
