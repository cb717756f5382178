package nl.techniekpact.lokaal.exchange.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/** Reads schools.csv and remembers each school's kind, which decides the levels of its groups. */
final class SchoolsFile {

  static final String ID = "school_id";
  static final List<String> COLUMNS =
      List.of(ID, "name", "kind", "town", "postcode", "lat", "lon", "contact_email");

  private final IdIndex ids = new IdIndex(ID);
  private final Map<SchoolId, SchoolKind> kinds = new HashMap<>();
  private final List<SchoolRow> rows = new ArrayList<>();
  private final EditionBounds bounds;

  SchoolsFile(EditionBounds bounds) {
    this.bounds = bounds;
  }

  void read(Table table, List<RowError> errors) {
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, errors);
      SchoolId id = cells.read(ID, cell -> SchoolId.parse(cell, ID));
      boolean first = id != null && ids.register(id.value(), cells);
      String name = cells.trimmed("name", 120);
      SchoolKind kind = cells.read("kind", SchoolsFile::kind);
      if (first && kind != null) {
        kinds.put(id, kind);
      }
      String town = cells.trimmed("town", 80);
      String postcode = cells.postcode("postcode");
      GeoPoint location = cells.location();
      String email = cells.email("contact_email");
      if (cells.accepted()) {
        rows.add(new SchoolRow(cells.line(), id, name, town, postcode, kind, location, email));
      }
    }
    if (!table.complete() || table.supplied() && !table.has(ID)) {
      ids.markIncomplete();
    }
  }

  private static SchoolKind kind(String cell) {
    for (SchoolKind kind : SchoolKind.values()) {
      if (kind.name().equals(cell)) {
        return kind;
      }
    }
    throw new InvalidValueException("kind", "cell.schoolKind", cell);
  }

  boolean lacks(SchoolId id) {
    return ids.lacks(id.value()) && bounds.enrolled(id).isEmpty();
  }

  /**
   * Empty when the school is unknown or its own row has no valid kind: then there is nothing to
   * check against.
   */
  Optional<SchoolKind> kindOf(SchoolId id) {
    return Optional.ofNullable(kinds.get(id)).or(() -> bounds.enrolled(id));
  }

  List<SchoolRow> rows() {
    return rows;
  }
}
