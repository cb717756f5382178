package nl.techniekpact.lokaal.exchange.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.Change;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.ChangedRow;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.TableChanges;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.TouchedRegistration;

/**
 * Compares checked upload rows with what the edition holds, row by row and id by id, in the cells
 * of the interchange format: a column changes when it would be written differently.
 */
public class ImportPlanner {

  /**
   * @param current the edition as it is (an export)
   * @param incoming the checked upload; in a merge, left-out tables are simply empty
   */
  public ImportPreview plan(
      EditionFiles current, EditionFiles incoming, ImportMode mode, List<String> ignored) {
    boolean replace = mode == ImportMode.REPLACE;
    List<TableChanges> files =
        List.of(
            compare(
                EditionFiles.SCHOOLS,
                SchoolsFile.COLUMNS,
                current.schools(),
                incoming.schools(),
                s -> s.id().value(),
                InterchangeWriter::cells,
                replace),
            compare(
                EditionFiles.COMPANIES,
                CompaniesFile.COLUMNS,
                current.companies(),
                incoming.companies(),
                EditionFiles.CompanyRow::id,
                InterchangeWriter::cells,
                replace),
            compare(
                EditionFiles.SLOTS,
                SlotsFile.COLUMNS,
                current.slots(),
                incoming.slots(),
                EditionFiles.SlotRow::id,
                InterchangeWriter::cells,
                replace),
            compare(
                EditionFiles.GROUPS,
                GroupsFile.COLUMNS,
                current.groups(),
                incoming.groups(),
                GroupRow::id,
                InterchangeWriter::cells,
                replace));
    return new ImportPreview(
        mode, token(current, incoming, mode), files, registrations(current, files.get(3)), ignored);
  }

  private static <R> TableChanges compare(
      String file,
      List<String> columns,
      List<R> current,
      List<R> incoming,
      Function<R, String> id,
      Function<R, List<String>> cells,
      boolean replace) {
    Map<String, List<String>> was = new LinkedHashMap<>();
    current.forEach(row -> was.put(id.apply(row), cells.apply(row)));
    int added = 0;
    int unchanged = 0;
    List<ChangedRow> changed = new ArrayList<>();
    for (R row : incoming) {
      List<String> before = was.remove(id.apply(row));
      if (before == null) {
        added++;
        continue;
      }
      List<String> after = cells.apply(row);
      List<String> differing = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        if (!before.get(i).equals(after.get(i))) {
          differing.add(columns.get(i));
        }
      }
      if (differing.isEmpty()) {
        unchanged++;
      } else {
        changed.add(new ChangedRow(id.apply(row), differing));
      }
    }
    List<String> removed = replace ? List.copyOf(was.keySet()) : List.of();
    return new TableChanges(file, added, unchanged + (replace ? 0 : was.size()), changed, removed);
  }

  private static List<TouchedRegistration> registrations(
      EditionFiles current, TableChanges groups) {
    Map<String, String> schoolNames = new HashMap<>();
    current.schools().forEach(s -> schoolNames.put(s.id().value(), s.name()));
    Map<String, GroupRow> byId = new HashMap<>();
    current.groups().forEach(g -> byId.put(g.id(), g));
    List<TouchedRegistration> touched = new ArrayList<>();
    for (ChangedRow row : groups.changed()) {
      GroupRow group = byId.get(row.id());
      touched.add(
          new TouchedRegistration(
              group.id(),
              group.name(),
              schoolNames.get(group.schoolId().value()),
              Change.CHANGED,
              row.columns()));
    }
    for (String id : groups.removed()) {
      GroupRow group = byId.get(id);
      touched.add(
          new TouchedRegistration(
              id,
              group.name(),
              schoolNames.get(group.schoolId().value()),
              Change.REMOVED,
              List.of()));
    }
    return touched;
  }

  /** A digest of the mode, the edition as it is and the upload, in their canonical CSV form. */
  static String token(EditionFiles current, EditionFiles incoming, ImportMode mode) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(mode.name().getBytes(StandardCharsets.US_ASCII));
      InterchangeWriter writer = new InterchangeWriter();
      for (EditionFiles files : List.of(current, incoming)) {
        for (byte[] file : writer.write(files).values()) {
          digest.update(Integer.toString(file.length).getBytes(StandardCharsets.US_ASCII));
          digest.update(file);
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
