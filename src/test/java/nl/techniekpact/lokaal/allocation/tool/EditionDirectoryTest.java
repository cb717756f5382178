package nl.techniekpact.lokaal.allocation.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.techniekpact.lokaal.allocation.control.Editions;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionDirectoryTest {

  @Test
  void readsTheRegionalSampleWithBoundsTakenFromItsOwnDates() {
    EditionFiles edition = EditionDirectory.read(Editions.directory("regional"));
    assertEquals(262, edition.groups().size());
    assertEquals(275, edition.slots().size());
  }

  @Test
  void takesThePeriodFromTheFirstToTheLastDateOfSlotsAndGroups() throws IOException {
    var files = new java.util.HashMap<String, byte[]>();
    for (String name : EditionFiles.FILE_NAMES) {
      files.put(name, Files.readAllBytes(Editions.directory("small").resolve(name)));
    }
    var bounds = EditionDirectory.boundsOf(files);
    assertEquals(LocalDate.of(2026, 3, 16), bounds.period().firstDay());
    assertTrue(bounds.period().lastDay().isBefore(LocalDate.of(2026, 3, 21)));
  }

  @Test
  void refusesADirectoryWithoutTheFourFiles(@TempDir Path empty) {
    assertThrows(ImportRejectedException.class, () -> EditionDirectory.read(empty));
  }
}
