package nl.techniekpact.lokaal.allocation.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;
import org.junit.jupiter.api.Test;

class HostGridTest {

  @Test
  void offersEveryHostWithinTheDistanceWhereverTheCentreLies() {
    SplittableRandom random = new SplittableRandom(5);
    List<Host> hosts = new ArrayList<>();
    for (int h = 0; h < 2_000; h++) {
      hosts.add(
          new Host(
              "H" + h,
              "Host",
              new Position(50.7 + 2.8 * random.nextDouble(), 3.3 + 3.9 * random.nextDouble())));
    }
    HostGrid grid = new HostGrid(hosts, 0.05);
    for (int probe = 0; probe < 300; probe++) {
      Position centre =
          new Position(50.5 + 3.2 * random.nextDouble(), 3.0 + 4.5 * random.nextDouble());
      double km = 0.5 + 40 * random.nextDouble();
      Set<Integer> offered = new HashSet<>();
      grid.forEachNear(centre, km, offered::add);
      for (int h = 0; h < hosts.size(); h++) {
        if (centre.distanceKm(hosts.get(h).position()) <= km) {
          assertTrue(
              offered.contains(h), "host " + h + " near " + centre + " within " + km + " km");
        }
      }
    }
  }
}
