package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;

/**
 * Finds the companies within a distance of a point. Companies are filed in cells of about 10 km, so
 * a nationwide edition does not compare every group with every company.
 */
final class NearbyCompanies {

  private static final double CELL_KM = 10;
  private static final double KM_PER_DEGREE_LATITUDE = 111.32;
  private static final double CELL_LAT = CELL_KM / KM_PER_DEGREE_LATITUDE;

  /**
   * Cells are square at 52 degrees north, the middle of the Netherlands; elsewhere merely a bit
   * oblong.
   */
  private static final double CELL_LON = CELL_LAT / Math.cos(Math.toRadians(52));

  private final List<CompanyRow> companies;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  NearbyCompanies(List<CompanyRow> companies) {
    this.companies = List.copyOf(companies);
    for (int i = 0; i < companies.size(); i++) {
      GeoPoint p = companies.get(i).location();
      cells.computeIfAbsent(key(row(p), column(p)), k -> new ArrayList<>()).add(i);
    }
  }

  /**
   * The indexes of the companies at most {@code km} away, in a fixed order: cell by cell from
   * south-west to north-east, within a cell in list order. Lookups go by key, so the order never
   * depends on how the map iterates.
   */
  List<Integer> within(GeoPoint from, double km) {
    int rows = (int) Math.ceil(km / KM_PER_DEGREE_LATITUDE / CELL_LAT) + 1;
    double nearPole = Math.min(89, Math.abs(from.latitude()) + km / KM_PER_DEGREE_LATITUDE);
    int columns =
        (int)
                Math.ceil(
                    km / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(nearPole))) / CELL_LON)
            + 1;
    int row = row(from);
    int column = column(from);
    List<Integer> found = new ArrayList<>();
    for (int r = row - rows; r <= row + rows; r++) {
      for (int c = column - columns; c <= column + columns; c++) {
        for (int index : cells.getOrDefault(key(r, c), List.of())) {
          if (companies.get(index).location().distanceKm(from) <= km) {
            found.add(index);
          }
        }
      }
    }
    return found;
  }

  private static int row(GeoPoint p) {
    return (int) Math.floor(p.latitude() / CELL_LAT);
  }

  private static int column(GeoPoint p) {
    return (int) Math.floor(p.longitude() / CELL_LON);
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | (column & 0xffffffffL);
  }
}
