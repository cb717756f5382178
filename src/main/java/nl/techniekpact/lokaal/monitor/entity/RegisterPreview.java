package nl.techniekpact.lokaal.monitor.entity;

import java.util.List;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;

/**
 * What an uploaded register would do to the region's register: schools added, changed (with the
 * columns that change; a closed school that reappears changes "closed"), closed because the file no
 * longer lists them, and unchanged. {@code token} stands for exactly this upload against exactly
 * this state of the register: applying with it fails once either has changed.
 */
public record RegisterPreview(
    ImportMode mode,
    String token,
    int added,
    int changed,
    int closed,
    int unchanged,
    List<School> addedSchools,
    List<Changed> changedSchools,
    List<School> closedSchools,
    List<String> ignored) {

  public RegisterPreview {
    addedSchools = List.copyOf(addedSchools);
    changedSchools = List.copyOf(changedSchools);
    closedSchools = List.copyOf(closedSchools);
    ignored = List.copyOf(ignored);
  }

  public record School(String code, String name) {}

  public record Changed(String code, String name, List<String> columns) {
    public Changed {
      columns = List.copyOf(columns);
    }
  }
}
