package nl.techniekpact.lokaal.allocation.tool;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import nl.techniekpact.lokaal.platform.control.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes allocation.csv as FORMAT.md defines it: {@code group_id,slot_id}, an empty slot for the
 * waiting list. Ids may start with '-', so cells are defused like every CSV file Lokaal writes.
 */
public final class AllocationCsv {

  private AllocationCsv() {}

  public static void write(List<Placement> placements, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.printRecord(printer, "group_id", "slot_id");
      for (Placement p : placements) {
        CsvCells.printRecord(printer, p.groupId(), p.slotId().orElse(""));
      }
    }
  }
}
