package nl.techniekpact.lokaal.monitor.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.monitor.entity.RegisterEntry;
import nl.techniekpact.lokaal.monitor.entity.RegisterPreview;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;

/**
 * Compares an uploaded register with the region's, school by school (BRIN + location), in the cells
 * of the register's columns. In a full upload ({@link ImportMode#REPLACE}) an open school the file
 * no longer lists is to be closed; a merge closes nothing.
 */
final class RegisterPlanner {

  static final String CLOSED = "closed";

  RegisterPreview plan(
      List<RegisterSchool> current,
      List<RegisterEntry> incoming,
      ImportMode mode,
      List<String> ignored) {
    Map<String, RegisterSchool> was = new LinkedHashMap<>();
    current.forEach(school -> was.put(school.code().value(), school));
    List<RegisterPreview.School> added = new ArrayList<>();
    List<RegisterPreview.Changed> changed = new ArrayList<>();
    int unchanged = 0;
    for (RegisterEntry entry : incoming) {
      RegisterSchool school = was.remove(entry.code().value());
      if (school == null) {
        added.add(new RegisterPreview.School(entry.code().value(), entry.name()));
        continue;
      }
      List<String> columns = differing(RegisterEntry.cells(school), entry.cells());
      if (school.closedOn().isPresent()) {
        columns.add(CLOSED);
      }
      if (columns.isEmpty()) {
        unchanged++;
      } else {
        changed.add(new RegisterPreview.Changed(entry.code().value(), entry.name(), columns));
      }
    }
    List<RegisterPreview.School> closed = new ArrayList<>();
    for (RegisterSchool school : was.values()) {
      if (mode == ImportMode.REPLACE && school.closedOn().isEmpty()) {
        closed.add(new RegisterPreview.School(school.code().value(), school.name()));
      } else {
        unchanged++;
      }
    }
    return new RegisterPreview(
        mode,
        token(current, incoming, mode),
        added.size(),
        changed.size(),
        closed.size(),
        unchanged,
        added,
        changed,
        closed,
        ignored);
  }

  private static List<String> differing(List<String> before, List<String> after) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < RegisterEntry.COLUMNS.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        columns.add(RegisterEntry.COLUMNS.get(i));
      }
    }
    return columns;
  }

  /** A digest of the mode, the register as it is (open or closed) and the upload. */
  static String token(List<RegisterSchool> current, List<RegisterEntry> incoming, ImportMode mode) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, List.of(mode.name()));
      for (RegisterSchool school : current) {
        update(digest, List.of(school.code().value(), "" + school.closedOn().isPresent()));
        update(digest, RegisterEntry.cells(school));
      }
      update(digest, List.of("--"));
      for (RegisterEntry entry : incoming) {
        update(digest, List.of(entry.code().value()));
        update(digest, entry.cells());
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Each cell with its length first, so that no two different rows digest alike. */
  private static void update(MessageDigest digest, List<String> cells) {
    for (String cell : cells) {
      byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    digest.update((byte) '\n');
  }
}
