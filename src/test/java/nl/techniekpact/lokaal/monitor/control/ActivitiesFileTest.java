package nl.techniekpact.lokaal.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.monitor.entity.ActivityLine;
import org.junit.jupiter.api.Test;

class ActivitiesFileTest {

  private static List<ActivityLine> read(String csv) {
    try (Upload upload =
        Upload.ofOneTable(
            ActivitiesFile.TABLE,
            Map.of(
                "activiteiten.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))) {
      return new ActivitiesFile().read(upload);
    }
  }

  @Test
  void aDutchFileWithSemicolonsReadsOneRowPerSchool() {
    List<ActivityLine> lines =
        read(
            "naam;soort;datum;brin;groepen;leerlingen;niveau\n"
                + "Lessen;Technieklokaal;7-10-2026;99A100;2;48;PO7\n"
                + "Lessen;technieklokaal;2026-10-07;99A200;1;20;\n");
    assertEquals(2, lines.size());
    assertEquals(LocalDate.of(2026, 10, 7), lines.get(0).day());
    assertEquals(Level.PO7, lines.get(0).level());
    assertEquals(null, lines.get(1).level());
    assertEquals(lines.get(0).activityKey(), lines.get(1).activityKey());
  }

  @Test
  void anEnglishFileWithCommasReadsToo() {
    List<ActivityLine> lines =
        read("name,kind,date,school,groups,pupils\nFLL,FIRST LEGO League,2027-01-16,99A100,1,8\n");
    assertEquals("FIRST LEGO League", lines.get(0).kind());
    assertEquals(8, lines.get(0).pupils());
  }

  @Test
  void everyBadCellIsListedAndNothingIsRead() {
    var refused =
        assertThrows(
            ImportRejectedException.class,
            () ->
                read(
                    "name,kind,date,school,groups,pupils\n"
                        + "FLL,FLL,31-2-2027,99A100,0,8\n"
                        + "FLL,FLL,2027-01-16,nope,1,x\n"));
    List<String> columns = refused.errors().stream().map(e -> e.column()).toList();
    assertTrue(
        columns.containsAll(List.of("date", "groups", "school", "pupils")), columns::toString);
  }

  @Test
  void aSchoolTwiceInOneActivityIsARowError() {
    var refused =
        assertThrows(
            ImportRejectedException.class,
            () ->
                read(
                    "name,kind,date,school,groups,pupils\n"
                        + "FLL,FLL,2027-01-16,99A100,1,8\n"
                        + "FLL,FLL,2027-01-16,99A100,1,9\n"));
    assertEquals("activity.schoolTwiceInFile", refused.errors().get(0).key());
    assertEquals(3, refused.errors().get(0).line());
  }
}
