package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.Change;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.ChangedRow;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.TableChanges;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview.TouchedRegistration;
import org.junit.jupiter.api.Test;

/** What an upload would change, row by row and column by column, before it applies. */
class ImportPlannerTest {

  private final ImportPlanner planner = new ImportPlanner();

  private static EditionFiles current() {
    return new InterchangeReader().read(Samples.edition("small"), BOUNDS);
  }

  /**
   * The small sample with G00003 (groep 7a of Basisschool Pannerden 2) smaller and less far, its
   * last group G00025 gone and one new group.
   */
  private static Map<String, byte[]> editedFiles() {
    Map<String, byte[]> files = Samples.edition("small");
    Samples.setCell(files, GROUPS, 4, "pupils", "28");
    Samples.setCell(files, GROUPS, 4, "max_km", "25.0");
    List<String> lines = Samples.lines(files, GROUPS);
    lines.remove(lines.size() - 1);
    lines.add("G09001,79ZV11,groep 5a,PO5,21,2026-03-16,bus,40.0,C0001,juf@school0012.example.nl");
    Samples.putLines(files, GROUPS, lines);
    return files;
  }

  private static EditionFiles edited() {
    return new InterchangeReader().read(editedFiles(), BOUNDS);
  }

  private static TableChanges table(ImportPreview preview, String file) {
    return preview.files().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow();
  }

  @Test
  void namesExactlyTheColumnsThatChange() {
    ImportPreview preview = planner.plan(current(), edited(), ImportMode.REPLACE, List.of());

    TableChanges groups = table(preview, GROUPS);
    assertEquals(List.of(new ChangedRow("G00003", List.of("pupils", "max_km"))), groups.changed());
    assertEquals(1, groups.added());
    assertEquals(23, groups.unchanged());
  }

  @Test
  void namesAChangedNameAndCoordinateOfASchool() {
    Map<String, byte[]> files = Samples.edition("small");
    Samples.setCell(files, SCHOOLS, 3, "name", "Kindcentrum Pannerden");
    Samples.setCell(files, SCHOOLS, 3, "lon", "5.95293");

    ImportPreview preview =
        planner.plan(
            current(), new InterchangeReader().read(files, BOUNDS), ImportMode.REPLACE, List.of());

    TableChanges schools = table(preview, SCHOOLS);
    assertEquals(List.of(new ChangedRow("55AH01", List.of("name", "lon"))), schools.changed());
    assertEquals(11, schools.unchanged());
    assertEquals(List.of(), preview.registrations(), "no class group changes");
  }

  @Test
  void theSameFilesChangeNothing() {
    ImportPreview preview = planner.plan(current(), current(), ImportMode.REPLACE, List.of());

    for (TableChanges table : preview.files()) {
      assertEquals(0, table.added(), table.file());
      assertEquals(List.of(), table.changed(), table.file());
      assertEquals(List.of(), table.removed(), table.file());
    }
    assertEquals(
        List.of(12, 8, 11, 25), preview.files().stream().map(TableChanges::unchanged).toList());
    assertEquals(List.of(), preview.registrations());
  }

  @Test
  void aReplaceRemovesWhatTheUploadLeavesOut() {
    ImportPreview preview = planner.plan(current(), edited(), ImportMode.REPLACE, List.of());

    assertEquals(List.of("G00025"), table(preview, GROUPS).removed());
    assertEquals(List.of(), table(preview, SCHOOLS).removed());
    assertTrue(preview.removesRegistrations());
  }

  @Test
  void aMergeNeverRemoves() {
    ImportPreview preview = planner.plan(current(), edited(), ImportMode.MERGE, List.of());

    TableChanges groups = table(preview, GROUPS);
    assertEquals(List.of(), groups.removed());
    assertEquals(List.of(new ChangedRow("G00003", List.of("pupils", "max_km"))), groups.changed());
    assertEquals(1, groups.added());
    assertFalse(preview.removesRegistrations());
    assertEquals(
        List.of(Change.CHANGED),
        preview.registrations().stream().map(TouchedRegistration::change).toList());
  }

  @Test
  void aMergeOfOneTableLeavesTheOthersAlone() {
    EditionFiles edited = edited();
    EditionFiles groupsOnly = new EditionFiles(List.of(), List.of(), List.of(), edited.groups());

    ImportPreview preview = planner.plan(current(), groupsOnly, ImportMode.MERGE, List.of());

    for (String file : List.of(SCHOOLS, SLOTS)) {
      assertEquals(List.of(), table(preview, file).removed(), file);
      assertEquals(List.of(), table(preview, file).changed(), file);
      assertEquals(0, table(preview, file).added(), file);
    }
    assertEquals(List.of(), preview.files().stream().flatMap(t -> t.removed().stream()).toList());
  }

  @Test
  void aReplaceOfEmptySlotsRemovesEverySlot() {
    EditionFiles current = current();
    EditionFiles noSlots =
        new EditionFiles(current.schools(), current.companies(), List.of(), current.groups());

    ImportPreview preview = planner.plan(current, noSlots, ImportMode.REPLACE, List.of());

    assertEquals(
        current.slots().stream().map(EditionFiles.SlotRow::id).toList(),
        table(preview, SLOTS).removed());
  }

  @Test
  void listsTheTouchedRegistrationsWithGroupSchoolAndChange() {
    ImportPreview preview = planner.plan(current(), edited(), ImportMode.REPLACE, List.of());

    assertEquals(
        List.of(
            new TouchedRegistration(
                "G00003",
                "groep 7a",
                "Basisschool Pannerden 2",
                Change.CHANGED,
                List.of("pupils", "max_km")),
            new TouchedRegistration(
                "G00025", "groep 6c", "Basisschool Dinxperlo 12", Change.REMOVED, List.of())),
        preview.registrations());
  }

  @Test
  void passesTheIgnoredFilesOn() {
    ImportPreview preview =
        planner.plan(current(), edited(), ImportMode.MERGE, List.of("Editie.xlsx › Toelichting"));

    assertEquals(List.of("Editie.xlsx › Toelichting"), preview.ignored());
    assertEquals(ImportMode.MERGE, preview.mode());
  }

  @Test
  void theTokenIsTheSameForTheSameEditionUploadAndMode() {
    String first = planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token();
    String again = planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token();

    assertEquals(first, again);
    assertTrue(first.matches("[0-9a-f]{32}"), first);
  }

  @Test
  void theTokenChangesWithTheEdition() {
    EditionFiles other = new InterchangeReader().read(editedFiles(), BOUNDS);
    String token = planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token();
    String afterTheEditionChanged =
        planner.plan(other, edited(), ImportMode.REPLACE, List.of()).token();

    assertNotEquals(token, afterTheEditionChanged);
  }

  @Test
  void theTokenChangesWithTheUpload() {
    Map<String, byte[]> files = editedFiles();
    Samples.setCell(files, GROUPS, 2, "teacher_email", "meester@school0001.example.nl");
    EditionFiles otherUpload = new InterchangeReader().read(files, BOUNDS);

    assertNotEquals(
        planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token(),
        planner.plan(current(), otherUpload, ImportMode.REPLACE, List.of()).token());
  }

  @Test
  void theTokenChangesWithTheMode() {
    assertNotEquals(
        planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token(),
        planner.plan(current(), edited(), ImportMode.MERGE, List.of()).token());
  }

  @Test
  void theTokenTellsTheEditionFromTheUpload() {
    assertNotEquals(
        planner.plan(current(), edited(), ImportMode.REPLACE, List.of()).token(),
        planner.plan(edited(), current(), ImportMode.REPLACE, List.of()).token());
  }
}
