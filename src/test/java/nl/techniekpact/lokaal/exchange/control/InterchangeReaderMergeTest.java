package nl.techniekpact.lokaal.exchange.control;

import static nl.techniekpact.lokaal.exchange.control.Samples.BOUNDS;
import static nl.techniekpact.lokaal.exchange.control.Samples.assertError;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.COMPANIES;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.GROUPS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SCHOOLS;
import static nl.techniekpact.lokaal.exchange.entity.EditionFiles.SLOTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import org.junit.jupiter.api.Test;

/** A merge may leave tables out and refer to the schools and companies the edition holds. */
class InterchangeReaderMergeTest {

  private static final String GROUPS_HEADER =
      "group_id,school_id,name,level,pupils,days,transport,max_km,preferences,teacher_email\r\n";

  private static final String SLOTS_HEADER =
      "slot_id,company_id,date,start,end,capacity_pupils,max_groups,levels\r\n";

  /** The edition holds one primary school and one company, neither in the upload. */
  private static final EditionBounds ENROLLED =
      new EditionBounds(
          BOUNDS.period(),
          BOUNDS.allowedLevels(),
          Map.of(SchoolId.parse("67FZ00", "school_id"), SchoolKind.PO),
          Set.of("C0001"));

  private static String group(String school, String level, String preferences) {
    return "G09001,"
        + school
        + ",groep 7c,"
        + level
        + ",24,2026-03-17,bike,8.5,"
        + preferences
        + ",juf@school.example.nl\r\n";
  }

  @Test
  void acceptsGroupsAloneReferringToTheEditionsSchoolAndCompany() {
    EditionFiles read =
        read(Map.of(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001")), ImportMode.MERGE);

    assertEquals(0, read.schools().size());
    assertEquals(0, read.companies().size());
    assertEquals(0, read.slots().size());
    assertEquals(1, read.groups().size());
    assertEquals("67FZ00", read.groups().get(0).schoolId().value());
    assertEquals(List.of("C0001"), read.groups().get(0).preferences());
    assertEquals(8.5, read.groups().get(0).maxKm());
  }

  @Test
  void refusesGroupsAloneInAReplaceNamingEachMissingFileOnly() {
    List<RowError> errors =
        rejection(
            Map.of(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001")),
            new EditionBounds(BOUNDS.period(), BOUNDS.allowedLevels()),
            ImportMode.REPLACE);

    assertEquals(3, errors.size(), () -> "" + errors);
    assertError(errors.get(0), SCHOOLS, 0, null, "schools.csv is missing");
    assertError(errors.get(1), COMPANIES, 0, null, "companies.csv is missing");
    assertError(errors.get(2), SLOTS, 0, null, "slots.csv is missing");
  }

  @Test
  void aReplaceNeedsEveryFileEvenWhenTheEditionHoldsTheirRows() {
    List<RowError> errors =
        rejection(
            Map.of(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001")),
            ENROLLED,
            ImportMode.REPLACE);

    assertEquals(List.of(SCHOOLS, COMPANIES, SLOTS), errors.stream().map(RowError::file).toList());
  }

  @Test
  void refusesAnUnknownSchoolInAMergeOfGroupsAlone() {
    List<RowError> errors =
        rejection(
            Map.of(GROUPS, GROUPS_HEADER + group("99ZZ00", "PO7", "C0001")),
            ENROLLED,
            ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), GROUPS, 2, "school_id", "row.unknownSchool.orEdition");
  }

  @Test
  void refusesAnUnknownWishedCompanyInAMergeOfGroupsAlone() {
    List<RowError> errors =
        rejection(
            Map.of(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001;C0999")),
            ENROLLED,
            ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), GROUPS, 2, "preferences", "row.unknownCompany.orEdition");
  }

  @Test
  void refusesASlotOfAnUnknownCompanyInAMergeOfSlotsAlone() {
    List<RowError> errors =
        rejection(
            Map.of(SLOTS, SLOTS_HEADER + "S09001,C0999,2026-03-17,09:00,10:30,25,1,PO7\r\n"),
            ENROLLED,
            ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), SLOTS, 2, "company_id", "row.unknownCompany.orEdition");
  }

  @Test
  void refusesAnUnknownSchoolInAMergeThatBringsSchools() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(SCHOOLS, Samples.text(Samples.edition("small"), SCHOOLS));
    files.put(GROUPS, GROUPS_HEADER + group("99ZZ00", "PO7", "C0001"));

    List<RowError> errors = rejection(files, ENROLLED, ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), GROUPS, 2, "school_id", "row.unknownSchool.orEdition");
  }

  @Test
  void acceptsSlotsAloneOfTheEditionsCompany() {
    EditionFiles read =
        read(
            Map.of(SLOTS, SLOTS_HEADER + "S09001,C0001,17-3-2026,9:00,10:30,25,1,PO7\r\n"),
            ImportMode.MERGE);

    assertEquals(1, read.slots().size());
    assertEquals("C0001", read.slots().get(0).companyId());
  }

  @Test
  void checksTheLevelAgainstTheKindOfTheEditionsSchool() {
    EditionBounds secondary =
        new EditionBounds(
            BOUNDS.period(),
            BOUNDS.allowedLevels(),
            Map.of(SchoolId.parse("67FZ00", "school_id"), SchoolKind.VO),
            Set.of("C0001"));

    List<RowError> errors =
        rejection(
            Map.of(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001")),
            secondary,
            ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), GROUPS, 2, "level", "row.levelNotInSchool");
  }

  @Test
  void aSchoolInTheUploadOverridesTheKindTheEditionHolds() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        SCHOOLS,
        "school_id,name,kind,town,postcode,lat,lon,contact_email\r\n"
            + "67FZ00,Kindcentrum Aalten,VO,Aalten,7124 LS,51.92076,6.59107,info@k.example.nl\r\n");
    files.put(GROUPS, GROUPS_HEADER + group("67FZ00", "PO7", "C0001"));

    List<RowError> errors = rejection(files, ENROLLED, ImportMode.MERGE);

    assertEquals(1, errors.size(), () -> "" + errors);
    assertError(errors.get(0), GROUPS, 2, "level", "row.levelNotInSchool");
  }

  private static EditionFiles read(Map<String, String> files, ImportMode mode) {
    try (Upload upload = Upload.of(streams(files))) {
      return new InterchangeReader().read(upload, ENROLLED, mode);
    }
  }

  private static List<RowError> rejection(
      Map<String, String> files, EditionBounds bounds, ImportMode mode) {
    try (Upload upload = Upload.of(streams(files))) {
      return assertThrows(
              ImportRejectedException.class,
              () -> new InterchangeReader().read(upload, bounds, mode))
          .errors();
    }
  }

  private static Map<String, InputStream> streams(Map<String, String> files) {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    files.forEach(
        (name, text) ->
            streams.put(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    return streams;
  }
}
