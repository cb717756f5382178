package nl.techniekpact.lokaal.exchange.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an edition as the four CSV files {@link InterchangeReader} reads: UTF-8 without byte order
 * mark, RFC 4180 (CR LF line ends, quotes only where a cell needs them), lists joined with ';',
 * every cell defused by {@link CsvCells} so that a spreadsheet opens it as text.
 */
public class InterchangeWriter {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** The four files by name, in the order of {@link EditionFiles#FILE_NAMES}. */
  public Map<String, byte[]> write(EditionFiles edition) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<SchoolRow> schools =
        ordered(edition.schools(), SchoolRow::line, school -> school.id().value());
    files.put(EditionFiles.SCHOOLS, csv(SchoolsFile.COLUMNS, schools, InterchangeWriter::cells));
    List<CompanyRow> companies = ordered(edition.companies(), CompanyRow::line, CompanyRow::id);
    files.put(
        EditionFiles.COMPANIES, csv(CompaniesFile.COLUMNS, companies, InterchangeWriter::cells));
    List<SlotRow> slots = ordered(edition.slots(), SlotRow::line, SlotRow::id);
    files.put(EditionFiles.SLOTS, csv(SlotsFile.COLUMNS, slots, InterchangeWriter::cells));
    List<GroupRow> groups = ordered(edition.groups(), GroupRow::line, GroupRow::id);
    files.put(EditionFiles.GROUPS, csv(GroupsFile.COLUMNS, groups, InterchangeWriter::cells));
    return files;
  }

  /** The four files in one zip archive, for a single download. */
  public byte[] zip(EditionFiles edition) {
    return ZipArchive.pack(write(edition));
  }

  /**
   * Rows read from files keep their file order, which first come, first served depends on; rows
   * made elsewhere (line 0, such as an export from the database) come out sorted by id.
   */
  static <R> List<R> ordered(List<R> rows, ToIntFunction<R> line, Function<R, String> id) {
    return rows.stream().sorted(Comparator.comparingInt(line).thenComparing(id)).toList();
  }

  private static <R> byte[] csv(
      List<String> columns, List<R> rows, Function<R, List<String>> cells) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      CsvCells.printRecord(printer, columns);
      for (R row : rows) {
        CsvCells.printRecord(printer, cells.apply(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<String> cells(SchoolRow s) {
    return List.of(
        s.id().value(),
        s.name(),
        s.kind().name(),
        s.town(),
        s.postcode(),
        lat(s.location()),
        lon(s.location()),
        s.contactEmail());
  }

  static List<String> cells(CompanyRow c) {
    return List.of(
        c.id(),
        c.name(),
        c.sector(),
        c.town(),
        c.postcode(),
        lat(c.location()),
        lon(c.location()),
        c.contactEmail());
  }

  static List<String> cells(SlotRow s) {
    return List.of(
        s.id(),
        s.companyId(),
        s.date().toString(),
        Cells.TIME.format(s.start()),
        Cells.TIME.format(s.end()),
        Integer.toString(s.capacityPupils()),
        Integer.toString(s.maxGroups()),
        s.levels().codes());
  }

  static List<String> cells(GroupRow g) {
    return List.of(
        g.id(),
        g.schoolId().value(),
        g.name(),
        g.level().name(),
        Integer.toString(g.pupils()),
        g.days().codes(),
        g.transport().code(),
        decimal(g.maxKm(), 1),
        String.join(";", g.preferences()),
        g.teacherEmail());
  }

  private static String lat(GeoPoint location) {
    return decimal(location.latitude(), 5);
  }

  private static String lon(GeoPoint location) {
    return decimal(location.longitude(), 5);
  }

  /**
   * The shortest digits that read back as the same double, padded to a fixed number of decimals:
   * five for coordinates (about a metre) and one for kilometres, as organisers' spreadsheets show
   * them.
   */
  static String decimal(double value, int minDecimals) {
    BigDecimal exact = BigDecimal.valueOf(value);
    return exact.setScale(Math.max(exact.scale(), minDecimals)).toPlainString();
  }
}
