package nl.techniekpact.lokaal.demo.control;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.platform.entity.Town;

/**
 * Picks towns the way schools and companies are spread in reality: primary schools and companies
 * follow the number of inhabitants, a little evened out because even small villages keep a school;
 * secondary schools, which serve the villages around them, gather in the larger towns.
 */
final class TownPicker {

  private final List<Town> towns;
  private final double[] bySize;
  private final double[] bySizeSquared;

  TownPicker(List<Town> towns, SplittableRandom random) {
    this.towns = List.copyOf(towns);
    this.bySize = new double[towns.size()];
    this.bySizeSquared = new double[towns.size()];
    double sum = 0;
    double sumSquared = 0;
    for (int i = 0; i < towns.size(); i++) {
      // Drawn for every town, listed or not, so adding a size never shifts the draws that follow.
      double size = TownSizes.of(towns.get(i), random);
      sum += Math.pow(size, 0.8);
      sumSquared += size * size;
      bySize[i] = sum;
      bySizeSquared[i] = sumSquared;
    }
  }

  /** A town for a primary school or a company. */
  Town bySize(SplittableRandom random) {
    return pick(bySize, random);
  }

  /** A town for a secondary school. */
  Town forSecondarySchool(SplittableRandom random) {
    return pick(bySizeSquared, random);
  }

  private Town pick(double[] cumulative, SplittableRandom random) {
    double ticket = random.nextDouble(cumulative[cumulative.length - 1]);
    int found = Arrays.binarySearch(cumulative, ticket);
    int index = found >= 0 ? found + 1 : -found - 1;
    return towns.get(Math.min(index, towns.size() - 1));
  }
}
