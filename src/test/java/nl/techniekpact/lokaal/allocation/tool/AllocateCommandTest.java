package nl.techniekpact.lokaal.allocation.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.lokaal.allocation.control.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

  @Test
  void writesOneRowPerGroupAndPrintsTheObjectiveLineLast(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("allocation.csv");
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      AllocateCommand.main(
          new String[] {Editions.directory("regional").toString(), out.toString()});
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("schools=111 groups=238 points=713 km=2035.7", lines.get(lines.size() - 1));
    List<String> rows = Files.readAllLines(out);
    assertEquals("group_id,slot_id", rows.get(0));
    assertEquals(1 + 262, rows.size());
    assertEquals(262 - 238, rows.stream().filter(r -> r.endsWith(",")).count());
  }
}
