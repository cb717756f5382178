package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearbyCompaniesTest {

  private static final List<CompanyRow> COMPANIES = companiesAllOverTheNetherlands();

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 2.5, 10, 35, 150})
  void findsTheSameCompaniesAsComparingWithEveryOne(double km) {
    NearbyCompanies nearby = new NearbyCompanies(COMPANIES);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 50; i++) {
      GeoPoint from = new GeoPoint(random.nextDouble(50.75, 53.5), random.nextDouble(3.4, 7.2));
      List<Integer> everyOne =
          IntStream.range(0, COMPANIES.size())
              .filter(c -> COMPANIES.get(c).location().distanceKm(from) <= km)
              .boxed()
              .toList();
      assertEquals(everyOne, nearby.within(from, km).stream().sorted().toList());
    }
  }

  private static List<CompanyRow> companiesAllOverTheNetherlands() {
    SplittableRandom random = new SplittableRandom(10);
    return IntStream.range(0, 2_000)
        .mapToObj(
            i ->
                new CompanyRow(
                    i + 2,
                    "C" + i,
                    "Firma " + i,
                    "metaal",
                    "Ergens",
                    "1234 AB",
                    new GeoPoint(random.nextDouble(50.75, 53.5), random.nextDouble(3.4, 7.2)),
                    "info@firma" + i + ".example.nl"))
        .toList();
  }
}
