package nl.techniekpact.lokaal.exchange.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/**
 * Reads the four CSV files of an edition, all or nothing: every error in every file is collected
 * and reported at once. Errors about a whole file have line 0; header errors line 1; data rows
 * start at line 2.
 */
public class InterchangeReader {

  /**
   * @param files file contents by name ({@link EditionFiles#FILE_NAMES}); other entries are ignored
   * @return the rows, in file order, when no file has an error
   * @throws ImportRejectedException listing every error, ordered by file and line
   */
  public EditionFiles read(Map<String, byte[]> files, EditionBounds bounds) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(bounds, "bounds");
    List<RowError> errors = new ArrayList<>();
    CsvTable schoolsTable =
        CsvTable.read(
            EditionFiles.SCHOOLS, files.get(EditionFiles.SCHOOLS), SchoolsFile.COLUMNS, errors);
    CsvTable companiesTable =
        CsvTable.read(
            EditionFiles.COMPANIES,
            files.get(EditionFiles.COMPANIES),
            CompaniesFile.COLUMNS,
            errors);
    CsvTable slotsTable =
        CsvTable.read(EditionFiles.SLOTS, files.get(EditionFiles.SLOTS), SlotsFile.COLUMNS, errors);
    CsvTable groupsTable =
        CsvTable.read(
            EditionFiles.GROUPS, files.get(EditionFiles.GROUPS), GroupsFile.COLUMNS, errors);

    SchoolsFile schools = new SchoolsFile();
    schools.read(schoolsTable, errors);
    CompaniesFile companies = new CompaniesFile();
    companies.read(companiesTable, errors);
    SlotsFile slots = new SlotsFile();
    slots.read(slotsTable, errors, companies, bounds);
    GroupsFile groups = new GroupsFile();
    groups.read(groupsTable, errors, schools, companies, bounds);

    if (!errors.isEmpty()) {
      // Stable: within a line the errors keep the order of the columns.
      errors.sort(
          Comparator.comparingInt((RowError e) -> EditionFiles.FILE_NAMES.indexOf(e.file()))
              .thenComparingInt(RowError::line));
      throw new ImportRejectedException(errors);
    }
    return new EditionFiles(schools.rows(), companies.rows(), slots.rows(), groups.rows());
  }
}
