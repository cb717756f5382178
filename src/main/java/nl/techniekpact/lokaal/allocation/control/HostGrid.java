package nl.techniekpact.lokaal.allocation.control;

import java.util.List;
import java.util.function.IntConsumer;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.Position;

/**
 * Hosts bucketed in a latitude/longitude grid, so that finding the hosts within a group's reach
 * looks at nearby cells only instead of at all hosts: at national size that is the difference
 * between tens of millions of distance computations and a few million. The search box is exact
 * (never too small), so the caller still applies the reach rule to each host it is given.
 */
final class HostGrid {

  private static final double RADIANS_PER_KM = 1 / Position.EARTH_RADIUS_KM;
  private static final int MOST_CELLS = 4_000_000;

  private final double cellDegrees;
  private final double minLat;
  private final double minLon;
  private final int rows;
  private final int columns;
  private final int[] cellStart;
  private final int[] hostsByCell;

  HostGrid(List<Host> hosts, double cellDegrees) {
    double loLat = 90;
    double hiLat = -90;
    double loLon = 180;
    double hiLon = -180;
    for (Host h : hosts) {
      loLat = Math.min(loLat, h.position().latitude());
      hiLat = Math.max(hiLat, h.position().latitude());
      loLon = Math.min(loLon, h.position().longitude());
      hiLon = Math.max(hiLon, h.position().longitude());
    }
    double cell = cellDegrees;
    // Coarser cells for hosts spread over a continent, so the grid stays small.
    while (hosts.size() > 0
        && ((hiLat - loLat) / cell + 1) * ((hiLon - loLon) / cell + 1) > MOST_CELLS) {
      cell *= 2;
    }
    this.cellDegrees = cell;
    minLat = hosts.isEmpty() ? 0 : loLat;
    minLon = hosts.isEmpty() ? 0 : loLon;
    rows = hosts.isEmpty() ? 1 : (int) ((hiLat - loLat) / cell) + 1;
    columns = hosts.isEmpty() ? 1 : (int) ((hiLon - loLon) / cell) + 1;
    cellStart = new int[rows * columns + 1];
    int[] cellOf = new int[hosts.size()];
    for (int h = 0; h < hosts.size(); h++) {
      cellOf[h] = cell(hosts.get(h).position());
      cellStart[cellOf[h] + 1]++;
    }
    for (int c = 0; c < rows * columns; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    hostsByCell = new int[hosts.size()];
    int[] fill = cellStart.clone();
    for (int h = 0; h < hosts.size(); h++) {
      hostsByCell[fill[cellOf[h]]++] = h;
    }
  }

  private int cell(Position p) {
    int row = Math.min(rows - 1, (int) ((p.latitude() - minLat) / cellDegrees));
    int column = Math.min(columns - 1, (int) ((p.longitude() - minLon) / cellDegrees));
    return row * columns + column;
  }

  /**
   * Calls {@code action} with every host that may lie within {@code km} of {@code center}, and some
   * beyond.
   */
  void forEachNear(Position center, double km, IntConsumer action) {
    double angle = km * RADIANS_PER_KM;
    double dLat = Math.toDegrees(angle);
    double highestLat = Math.min(90, Math.abs(center.latitude()) + dLat);
    double cos = Math.cos(Math.toRadians(highestLat));
    // Haversine: two points further apart in longitude than this are further apart than km at any
    // latitude in the box.
    double ratio = cos <= 0 ? 2 : Math.sin(angle / 2) / cos;
    double dLon = ratio >= 1 ? 360 : Math.toDegrees(2 * Math.asin(ratio));
    int firstRow = clamp((int) Math.floor((center.latitude() - dLat - minLat) / cellDegrees), rows);
    int lastRow = clamp((int) Math.floor((center.latitude() + dLat - minLat) / cellDegrees), rows);
    boolean wraps = center.longitude() - dLon < -180 || center.longitude() + dLon > 180;
    int firstColumn =
        wraps
            ? 0
            : clamp((int) Math.floor((center.longitude() - dLon - minLon) / cellDegrees), columns);
    int lastColumn =
        wraps
            ? columns - 1
            : clamp((int) Math.floor((center.longitude() + dLon - minLon) / cellDegrees), columns);
    if (center.latitude() + dLat < minLat
        || center.latitude() - dLat > minLat + rows * cellDegrees) {
      return;
    }
    for (int row = firstRow; row <= lastRow; row++) {
      for (int c = row * columns + firstColumn; c <= row * columns + lastColumn; c++) {
        for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
          action.accept(hostsByCell[i]);
        }
      }
    }
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(size - 1, index));
  }
}
