package nl.techniekpact.lokaal.monitor.control;

import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.BRIN;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.CODE;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.KIND;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.LOCATION;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.MUNICIPALITY;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.NAME;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.NUMBER;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.POSTCODE;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.STREET;
import static nl.techniekpact.lokaal.monitor.control.RegisterColumns.TOWN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.control.Cells;
import nl.techniekpact.lokaal.exchange.control.Table;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.monitor.entity.RegisterEntry;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * Reads a region's register of schools with the readers of edition uploads (CSV in either
 * convention, .xlsx): one row per school location, all or nothing. Columns it does not know are
 * ignored, as DUO's register has many.
 */
public final class RegisterFile {

  /** The one table of a register upload, whatever its files are called. */
  public static final String TABLE = "register";

  /** The rows, each checked; one bad cell refuses the whole file with every error listed. */
  public List<RegisterEntry> read(Upload upload) {
    List<RowError> errors = new ArrayList<>(upload.problems());
    var source = upload.table(TABLE);
    if (source.isEmpty()) {
      if (errors.isEmpty()) {
        errors.add(RowError.of(null, 0, "file", "upload.chooseFiles"));
      }
      throw new ImportRejectedException(errors);
    }
    RegisterColumns columns = new RegisterColumns(source.get());
    List<RowError> found = new ArrayList<>();
    Table table = Table.open(columns, RegisterColumns.REQUIRED, !upload.isSheet(TABLE), found);
    boolean recognised = found.stream().noneMatch(e -> e.key().equals("header.none"));
    boolean twoColumns = table.has(BRIN) && table.has(LOCATION);
    if (recognised && !table.has(CODE) && !twoColumns) {
      found.add(RowError.of(columns.label(), 1, CODE, "header.lacks", CODE));
    }
    List<RegisterEntry> entries = new ArrayList<>();
    Map<SchoolId, Integer> lines = new HashMap<>();
    for (Table.Row row : table.rows()) {
      Cells cells = table.cells(row, found);
      SchoolId code = table.has(CODE) ? cells.read(CODE, cell -> code(cell)) : code(cells);
      Integer before = code == null ? null : lines.putIfAbsent(code, cells.line());
      if (before != null) {
        cells.reject(table.has(CODE) ? CODE : BRIN, "register.codeTwice", code.value(), before);
      }
      String name = cells.trimmed(NAME, 120);
      SchoolKind kind = cells.read(KIND, RegisterFile::kind);
      Address address = address(table, cells);
      String municipality = cells.trimmed(MUNICIPALITY, 80);
      if (cells.accepted()) {
        entries.add(new RegisterEntry(cells.line(), code, name, kind, address, municipality));
      }
    }
    found.stream().map(columns::named).forEach(errors::add);
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return entries;
  }

  private static SchoolId code(String cell) {
    return SchoolId.parse(cell.replace(" ", ""), CODE);
  }

  /**
   * BRIN and location number in two columns: 04AB and 0, 00 or 1; or, as some DUO files hold it,
   * the whole code in the location column.
   */
  private static SchoolId code(Cells cells) {
    String brin = cells.raw(BRIN);
    String location = cells.raw(LOCATION);
    if (brin == null || location == null) {
      return null;
    }
    String code;
    if (location.length() == 6) {
      code = location;
    } else if (location.matches("[0-9]{1,2}")) {
      code = brin + (location.length() == 1 ? "0" : "") + location;
    } else {
      code = brin + location;
    }
    String shown = code;
    return cells.read(BRIN, cell -> SchoolId.parse(shown, BRIN));
  }

  private static Address address(Table table, Cells cells) {
    String number = table.has(NUMBER) ? cells.raw(NUMBER) : "";
    String street =
        table.has(STREET)
            ? cells.read(
                STREET,
                cell ->
                    Require.optionalText(
                        number.isBlank() ? cell : cell + " " + number, STREET, 120))
            : null;
    String postcode = cells.postcode(POSTCODE);
    String town = cells.trimmed(TOWN, 80);
    if (postcode == null || town == null || !cells.accepted()) {
      return null;
    }
    return new Address(street, postcode, town);
  }

  /**
   * PO, VO or SO, or as DUO writes the kind: Bo and Sbo (primary, under the primary schools act),
   * So, Vso and (V)so (special), and a secondary school's structure (VMBO/HAVO/VWO).
   */
  static SchoolKind kind(String cell) {
    String plain = cell.strip().toLowerCase(Locale.ROOT);
    String letters = plain.replaceAll("[^a-zäöüß]", "");
    switch (letters) {
      case "po",
          "bo",
          "bao",
          "sbo",
          "basisonderwijs",
          "speciaalbasisonderwijs",
          "primair",
          "primaironderwijs",
          "primary",
          "primaryschool",
          "grundschule" -> {
        return SchoolKind.PO;
      }
      case "so",
          "vso",
          "wec",
          "speciaalonderwijs",
          "voortgezetspeciaalonderwijs",
          "special",
          "specialeducation",
          "förderschule",
          "foerderschule" -> {
        return SchoolKind.SO;
      }
      case "vo", "voortgezetonderwijs", "secondary", "secondaryschool", "weiterführendeschule" -> {
        return SchoolKind.VO;
      }
      default -> {}
    }
    if (plain.matches(".*\\b(vwo|havo|vmbo|mavo|pro|gymnasium|atheneum|lyceum)\\b.*")) {
      return SchoolKind.VO;
    }
    throw new InvalidValueException(KIND, "cell.schoolKind", cell);
  }
}
