package nl.techniekpact.lokaal.exchange.control;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/**
 * Reads the four tables of an edition, all or nothing: every error in every file is collected and
 * reported at once. Errors about a whole file have line 0; a header's errors its line; data rows
 * follow. Each table is read once, as a stream, in the order schools, companies, slots, groups.
 */
public class InterchangeReader {

  /**
   * @param files file contents by name, as a user's files or a zip or workbook; replaces
   * @return the rows, in file order, when no file has an error
   * @throws ImportRejectedException listing every error, ordered by file and line
   */
  public EditionFiles read(Map<String, byte[]> files, EditionBounds bounds) {
    Objects.requireNonNull(files, "files");
    Map<String, InputStream> streams = new LinkedHashMap<>();
    files.forEach((name, bytes) -> streams.put(name, new ByteArrayInputStream(bytes)));
    try (Upload upload = Upload.of(streams)) {
      return read(upload, bounds, ImportMode.REPLACE);
    }
  }

  /**
   * In {@link ImportMode#MERGE} a table may be left out, and rows may refer to the schools and
   * companies the edition holds ({@code bounds}).
   */
  public EditionFiles read(Upload upload, EditionBounds bounds, ImportMode mode) {
    Objects.requireNonNull(bounds, "bounds");
    List<RowError> errors = new ArrayList<>(upload.problems());
    SchoolsFile schools = new SchoolsFile(bounds);
    read(
        upload,
        EditionFiles.SCHOOLS,
        SchoolsFile.COLUMNS,
        mode,
        errors,
        t -> schools.read(t, errors));
    CompaniesFile companies = new CompaniesFile(bounds);
    read(
        upload,
        EditionFiles.COMPANIES,
        CompaniesFile.COLUMNS,
        mode,
        errors,
        t -> companies.read(t, errors));
    SlotsFile slots = new SlotsFile();
    read(
        upload,
        EditionFiles.SLOTS,
        SlotsFile.COLUMNS,
        mode,
        errors,
        t -> slots.read(t, errors, companies, bounds));
    GroupsFile groups = new GroupsFile();
    read(
        upload,
        EditionFiles.GROUPS,
        GroupsFile.COLUMNS,
        mode,
        errors,
        t -> groups.read(t, errors, schools, companies, bounds));
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return new EditionFiles(schools.rows(), companies.rows(), slots.rows(), groups.rows());
  }

  private static void read(
      Upload upload,
      String file,
      List<String> columns,
      ImportMode mode,
      List<RowError> errors,
      Consumer<Table> reader) {
    int from = errors.size();
    Table table =
        upload
            .table(file)
            .map(source -> Table.open(source, columns, !upload.isSheet(file), errors))
            .orElseGet(
                () ->
                    upload.unreadable(file)
                        ? Table.unreadable(file, errors)
                        : Table.missing(file, mode == ImportMode.REPLACE, errors));
    reader.accept(table);
    // Stable: within a line the errors keep the order of the columns.
    errors.subList(from, errors.size()).sort(Comparator.comparingInt(RowError::line));
  }
}
