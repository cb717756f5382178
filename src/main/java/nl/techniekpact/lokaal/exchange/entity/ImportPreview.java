package nl.techniekpact.lokaal.exchange.entity;

import java.util.List;

/**
 * What an upload would do to an edition, per table: rows added, changed (with the columns that
 * change) and removed, and the class groups (registrations) it would change or remove. {@code
 * token} stands for exactly this upload against exactly this state of the edition: applying with it
 * fails once either has changed.
 */
public record ImportPreview(
    ImportMode mode,
    String token,
    List<TableChanges> files,
    List<TouchedRegistration> registrations,
    List<String> ignored) {

  public ImportPreview {
    files = List.copyOf(files);
    registrations = List.copyOf(registrations);
    ignored = List.copyOf(ignored);
  }

  /** True when applying would remove class groups that are registered now. */
  public boolean removesRegistrations() {
    return registrations.stream().anyMatch(r -> r.change() == Change.REMOVED);
  }

  public enum Change {
    CHANGED,
    REMOVED
  }

  /** One table: the ids of removed rows in full, changed rows with their columns. */
  public record TableChanges(
      String file, int added, int unchanged, List<ChangedRow> changed, List<String> removed) {
    public TableChanges {
      changed = List.copyOf(changed);
      removed = List.copyOf(removed);
    }
  }

  public record ChangedRow(String id, List<String> columns) {
    public ChangedRow {
      columns = List.copyOf(columns);
    }
  }

  /** A class group of a school that the upload changes or removes. */
  public record TouchedRegistration(
      String group, String name, String school, Change change, List<String> columns) {
    public TouchedRegistration {
      columns = List.copyOf(columns);
    }
  }
}
