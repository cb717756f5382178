package nl.techniekpact.lokaal.allocation.tool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.exchange.control.InterchangeReader;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an edition's four CSV files from a directory for the offline tools. Outside the server
 * there is no edition record to say which week and levels take part, so the bounds are taken from
 * the files themselves: the period from the first to the last date any slot or group names, every
 * level. Everything else is checked by the same {@link InterchangeReader} as an import.
 */
public final class EditionDirectory {

  private EditionDirectory() {}

  public static EditionFiles read(Path directory) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : EditionFiles.FILE_NAMES) {
      Path file = directory.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          files.put(name, Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return new InterchangeReader().read(files, boundsOf(files));
  }

  /** The bounds every valid edition in these files lies within. */
  static EditionBounds boundsOf(Map<String, byte[]> files) {
    List<LocalDate> dates = new ArrayList<>();
    dates.addAll(dates(files.get(EditionFiles.SLOTS), "date"));
    dates.addAll(dates(files.get(EditionFiles.GROUPS), "days"));
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    return new EditionBounds(new DateRange(first, last, "period"), Levels.of(Level.values()));
  }

  /** The dates in one column, lists split; unreadable cells are left to the reader to report. */
  private static List<LocalDate> dates(byte[] bytes, String column) {
    List<LocalDate> dates = new ArrayList<>();
    if (bytes == null) {
      return dates;
    }
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      int index = -1;
      for (CSVRecord record : parser) {
        if (index < 0) {
          index = record.toList().indexOf(column);
          if (index < 0) {
            return dates;
          }
        } else if (index < record.size()) {
          for (String part : CsvCells.restore(record.get(index).strip()).split(";")) {
            parse(part).ifPresent(dates::add);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Not CSV: the reader reports it with its line.
    }
    return dates;
  }

  private static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
