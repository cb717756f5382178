package nl.techniekpact.lokaal.exchange.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** Reads slots.csv: each slot lies within the edition and belongs to a company of companies.csv. */
final class SlotsFile {

  static final String ID = "slot_id";
  static final List<String> COLUMNS =
      List.of(ID, "company_id", "date", "start", "end", "capacity_pupils", "max_groups", "levels");

  /** The bounds VisitSlot enforces, so an accepted file also makes valid slots. */
  private static final int MAX_SEATS = 1000;

  private static final int MAX_GROUPS = 50;

  private final IdIndex ids = new IdIndex(ID);
  private final List<SlotRow> rows = new ArrayList<>();

  void read(Table table, List<RowError> errors, CompaniesFile companies, EditionBounds bounds) {
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, errors);
      String id = cells.id(ID);
      if (id != null) {
        ids.register(id, cells);
      }
      String companyId = cells.id("company_id");
      if (companyId != null && companies.lacks(companyId)) {
        cells.reject("company_id", bounds.where("row.unknownCompany"), companyId);
      }
      LocalDate date = cells.date("date");
      if (date != null && !bounds.contains(date)) {
        cells.reject(
            "date", "row.dayOutside", date, bounds.period().firstDay(), bounds.period().lastDay());
      }
      LocalTime start = cells.time("start");
      LocalTime end = cells.time("end");
      if (start != null && end != null) {
        requireEndAfterStart(cells, start, end);
      }
      Integer seats = cells.whole("capacity_pupils", 1, MAX_SEATS);
      Integer maxGroups = cells.whole("max_groups", 1, MAX_GROUPS);
      // Any valid level: a host may welcome levels this edition does not invite.
      Levels levels = cells.read("levels", cell -> Levels.parse(cell, "levels"));
      if (cells.accepted()) {
        rows.add(
            new SlotRow(cells.line(), id, companyId, date, start, end, seats, maxGroups, levels));
      }
    }
  }

  private static void requireEndAfterStart(Cells cells, LocalTime start, LocalTime end) {
    try {
      new TimeWindow(start, end);
    } catch (InvalidValueException e) {
      cells.reject("end", e);
    }
  }

  List<SlotRow> rows() {
    return rows;
  }
}
