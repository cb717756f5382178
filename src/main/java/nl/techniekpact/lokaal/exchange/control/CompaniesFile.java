package nl.techniekpact.lokaal.exchange.control;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;

/** Reads companies.csv; slots and preferences refer to its ids. */
final class CompaniesFile {

  static final String ID = "company_id";
  static final List<String> COLUMNS =
      List.of(ID, "name", "sector", "town", "postcode", "lat", "lon", "contact_email");

  private final IdIndex ids = new IdIndex(ID);
  private final List<CompanyRow> rows = new ArrayList<>();
  private final EditionBounds bounds;

  CompaniesFile(EditionBounds bounds) {
    this.bounds = bounds;
  }

  void read(Table table, List<RowError> errors) {
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, errors);
      String id = cells.id(ID);
      if (id != null) {
        ids.register(id, cells);
      }
      String name = cells.trimmed("name", 120);
      String sector = cells.trimmed("sector", 60);
      String town = cells.trimmed("town", 80);
      String postcode = cells.postcode("postcode");
      GeoPoint location = cells.location();
      String email = cells.email("contact_email");
      if (cells.accepted()) {
        rows.add(new CompanyRow(cells.line(), id, name, sector, town, postcode, location, email));
      }
    }
    if (!table.complete() || table.supplied() && !table.has(ID)) {
      ids.markIncomplete();
    }
  }

  boolean lacks(String id) {
    return ids.lacks(id) && !bounds.enrolled(id);
  }

  List<CompanyRow> rows() {
    return rows;
  }
}
