package nl.techniekpact.lokaal.allocation.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationCsvTest {

  @Test
  void writesAGroupAndItsSlotPerRowAndDefusesIdsThatStartLikeAFormula(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("allocation.csv");

    AllocationCsv.write(
        List.of(
            Placement.placed("G1", "S1"), Placement.placed("-G2", "-S2"), Placement.waiting("G3")),
        file);

    assertEquals(
        List.of("group_id,slot_id", "G1,S1", "'-G2,'-S2", "G3,"), Files.readAllLines(file));
  }
}
