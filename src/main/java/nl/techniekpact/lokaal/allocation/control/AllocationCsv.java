package nl.techniekpact.lokaal.allocation.control;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes allocation.csv as FORMAT.md defines it: {@code group_id,slot_id}, an empty slot for the
 * waiting list.
 */
public final class AllocationCsv {

  private AllocationCsv() {}

  public static void write(List<Placement> placements, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord("group_id", "slot_id");
      for (Placement p : placements) {
        printer.printRecord(p.groupId(), p.slotId().orElse(""));
      }
    }
  }
}
