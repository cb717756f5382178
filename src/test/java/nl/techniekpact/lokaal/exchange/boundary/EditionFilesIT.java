package nl.techniekpact.lokaal.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.Lokaal;
import nl.techniekpact.lokaal.exchange.control.ZipArchive;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import and export of an edition in the CSV interchange format, through REST and the database. */
@ExtendWith(ArquillianExtension.class)
public class EditionFilesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;
  Lokaal lokaal;

  /** Signed in once per deployment: sign-ins are rate limited per address. */
  private static Lokaal admin;

  @BeforeEach
  void connect() {
    if (admin == null) {
      admin = new Lokaal(base).signIn("admin@lokaal.test", "integration-test-password");
    }
    lokaal = admin;
  }

  @Test
  void importsTheRegionalEditionAndExportsTheSameFiles() {
    long id = newEdition("Regionaal rondje");
    var imported = apply(id, ZipArchive.pack(sample("small")));
    assertEquals(200, imported.status(), imported.toString());
    imported = confirmed(id, ZipArchive.pack(sample("regional")));
    assertEquals(200, imported.status(), imported.toString());
    JsonObject counts = imported.json().getJsonObject("summary");
    assertEquals(
        List.of(120, 80, 275, 262),
        List.of(
            counts.getInt("schools"),
            counts.getInt("companies"),
            counts.getInt("slots"),
            counts.getInt("groups")));

    var exported = lokaal.get(files(id));
    assertEquals(200, exported.status(), exported.toString());
    Map<String, byte[]> files = ZipArchive.unpack(new ByteArrayInputStream(exported.body()));
    for (String name : EditionFiles.FILE_NAMES) {
      assertEquals(rows(sample("regional").get(name)), rows(files.get(name)), name);
    }
    assertArrayEquals(files.get("slots.csv"), lokaal.get(files(id) + "/slots.csv").body());
  }

  @Test
  void refusesABadUploadWithEveryErrorAndKeepsWhatWasThere() {
    long id = newEdition("Foutenjacht");
    assertEquals(200, apply(id, ZipArchive.pack(sample("small"))).status());
    byte[] before = lokaal.get(files(id)).body();

    Map<String, byte[]> broken = sample("regional");
    broken.put(
        "slots.csv",
        replaceLine(
            broken.get("slots.csv"),
            2,
            "S00001,C0001,2026-03-19,12:00,10:00,-25,1,PO5;PO6;PO7;PO8"));
    broken.put(
        "groups.csv",
        replaceLine(
            broken.get("groups.csv"),
            3,
            "G00002,59DL00,groep 8b,PO8,24,2026-03-16,bike,8.0,C9999,leerkracht2@school0001.example.nl"));
    broken.put(
        "schools.csv",
        replaceLine(
            broken.get("schools.csv"),
            4,
            "XYZ,Basisschool Nergens,PO,Didam,6944 EG,51.9,6.1,info@x.example.nl"));
    var refused = apply(id, ZipArchive.pack(broken));

    assertEquals(400, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    String errors = refused.json().getJsonArray("errors").toString();
    assertTrue(errors.contains("\"file\":\"slots.csv\",\"line\":2,\"column\":\"end\""), errors);
    assertTrue(
        errors.contains("\"file\":\"slots.csv\",\"line\":2,\"column\":\"capacity_pupils\""),
        errors);
    assertTrue(
        errors.contains("\"file\":\"groups.csv\",\"line\":3,\"column\":\"preferences\""), errors);
    assertTrue(errors.contains("C9999"), errors);
    assertTrue(
        errors.contains("\"file\":\"schools.csv\",\"line\":4,\"column\":\"school_id\""), errors);
    Map<String, byte[]> after =
        ZipArchive.unpack(new ByteArrayInputStream(lokaal.get(files(id)).body()));
    Map<String, byte[]> was = ZipArchive.unpack(new ByteArrayInputStream(before));
    for (String name : EditionFiles.FILE_NAMES) {
      assertArrayEquals(
          was.get(name), after.get(name), "a refused import leaves the edition as it was: " + name);
    }
  }

  @Test
  void exportsCellsThatASpreadsheetWouldRunAsFormulasDefusedAndImportsThemBackUnchanged() {
    long id = newEdition("Formules");
    Map<String, byte[]> typed = new LinkedHashMap<>();
    typed.put(
        "schools.csv",
        csv(
            "school_id,name,kind,town,postcode,lat,lon,contact_email",
            "98HY00,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",PO,Aalten,7124 LS,51.92076,6.59107,"
                + "info@formules.example.nl"));
    typed.put(
        "companies.csv",
        csv(
            "company_id,name,sector,town,postcode,lat,lon,contact_email",
            "-HYP1,@SUM(A1),+metaal,Aalten,7124 LS,51.92,6.59,contact@formules.example.nl"));
    typed.put(
        "slots.csv",
        csv(
            "slot_id,company_id,date,start,end,capacity_pupils,max_groups,levels",
            "-S1,-HYP1,2026-03-17,13:00,15:00,30,1,PO7;PO8"));
    typed.put(
        "groups.csv",
        csv(
            "group_id,school_id,name,level,pupils,days,transport,max_km,preferences,teacher_email",
            "-G1,98HY00,-groep 7,PO7,27,2026-03-17,bike,8.0,-HYP1,juf@formules.example.nl"));
    var imported = apply(id, ZipArchive.pack(typed));
    assertEquals(200, imported.status(), imported.toString());

    byte[] exported = lokaal.get(files(id)).body();
    Map<String, byte[]> files = ZipArchive.unpack(new ByteArrayInputStream(exported));
    assertEquals(
        "98HY00,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",PO,Aalten,7124 LS,51.92076,6.59107,"
            + "info@formules.example.nl",
        lineTwo(files.get("schools.csv")));
    assertEquals(
        "'-HYP1,'@SUM(A1),'+metaal,Aalten,7124 LS,51.92000,6.59000,contact@formules.example.nl",
        lineTwo(files.get("companies.csv")));
    assertEquals(
        "'-G1,98HY00,'-groep 7,PO7,27,2026-03-17,bike,8.0,'-HYP1,juf@formules.example.nl",
        lineTwo(files.get("groups.csv")));
    assertEquals(
        "'-S1,'-HYP1,2026-03-17,13:00,15:00,30,1,PO7;PO8",
        lineTwo(lokaal.get(files(id) + "/slots.csv").body()));

    var reimported = apply(id, exported);
    assertEquals(200, reimported.status(), reimported.toString());
    assertEquals(
        "=HYPERLINK(\"http://x\",\"y\")",
        lokaal.get("api/editions/" + id + "/schools").array().getValuesAs(JsonObject.class).stream()
            .filter(school -> school.getString("schoolId").equals("98HY00"))
            .findFirst()
            .orElseThrow()
            .getString("name"));
    assertArrayEquals(exported, lokaal.get(files(id)).body(), "the export reads back the same");
  }

  @Test
  void previewsAnUploadAndAppliesItOnlyWithTheTokenOfAFreshPreview() {
    long id = newEdition("Eerst kijken");
    assertEquals(200, apply(id, ZipArchive.pack(sample("small"))).status());
    byte[] before = lokaal.get(files(id)).body();
    Map<String, byte[]> changed = sample("small");
    List<String> groups = lines(changed.get("groups.csv"));
    String first = groups.get(1);
    String[] cells = first.split(",");
    String firstId = cells[0];
    cells[4] = cells[4].equals("20") ? "21" : "20";
    groups.set(1, String.join(",", cells));
    String lastId = groups.remove(groups.size() - 1).split(",")[0];
    changed.put("groups.csv", csv(groups.toArray(String[]::new)));
    byte[] zip = ZipArchive.pack(changed);

    var preview = lokaal.put(files(id), "application/zip", zip);
    assertEquals(200, preview.status(), preview.toString());
    JsonObject plan = preview.json().getJsonObject("preview");
    JsonObject groupChanges = plan.getJsonArray("files").getJsonObject(3);
    assertEquals("groups.csv", groupChanges.getString("file"));
    JsonObject change = groupChanges.getJsonArray("changed").getJsonObject(0);
    assertEquals(1, groupChanges.getJsonArray("changed").size(), groupChanges.toString());
    assertEquals(firstId, change.getString("id"));
    assertEquals("[\"pupils\"]", change.getJsonArray("columns").toString());
    assertEquals("[\"" + lastId + "\"]", groupChanges.getJsonArray("removed").toString());
    assertEquals(2, plan.getJsonArray("registrations").size(), plan.toString());
    assertArrayEquals(before, lokaal.get(files(id)).body(), "a preview changes nothing");

    var unseen = lokaal.put(files(id) + "?apply=true", "application/zip", zip);
    assertEquals(409, unseen.status(), "removing registrations needs the preview: " + unseen);
    assertArrayEquals(before, lokaal.get(files(id)).body());

    // A school changes a group in between: the preview no longer tells what would happen.
    Map<String, byte[]> other = new LinkedHashMap<>();
    other.put("groups.csv", csv(groups.get(0), groups.get(2).replace(",bike,", ",bus,")));
    assertEquals(
        200,
        lokaal
            .put(files(id) + "?mode=merge&apply=true", "application/zip", ZipArchive.pack(other))
            .status());
    String token = plan.getString("token");
    var stale = lokaal.put(files(id) + "?apply=true&expect=" + token, "application/zip", zip);
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("application/problem+json", stale.contentType());

    var applied = confirmed(id, zip);
    assertEquals(200, applied.status(), applied.toString());
    assertEquals(
        List.of(),
        lines(lokaal.get(files(id) + "/groups.csv").body()).stream()
            .filter(l -> l.startsWith(lastId + ","))
            .toList());
  }

  @Test
  void mergesATableByIdAndRemovesNothing() {
    long id = newEdition("Samenvoegen");
    assertEquals(200, apply(id, ZipArchive.pack(sample("small"))).status());
    List<String> groups = lines(sample("small").get("groups.csv"));
    String changedRow = groups.get(1).replace(",bike,", ",bus,");
    String newRow = "GNEW1" + groups.get(2).substring(groups.get(2).indexOf(','));
    Map<String, byte[]> upload = new LinkedHashMap<>();
    upload.put("groepen.csv", csv(groups.get(0), changedRow, newRow));

    var merged =
        lokaal.put(
            files(id) + "?mode=merge&apply=true", "application/zip", ZipArchive.pack(upload));

    assertEquals(200, merged.status(), merged.toString());
    List<String> after = lines(lokaal.get(files(id) + "/groups.csv").body());
    assertEquals(groups.size() + 1, after.size(), "one added, none removed");
    assertTrue(after.contains(changedRow), after.toString());
    assertTrue(after.contains(newRow), after.toString());
    assertEquals(
        lines(sample("small").get("slots.csv")).size(),
        lines(lokaal.get(files(id) + "/slots.csv").body()).size());
  }

  @Test
  void takesTheFilesThemselvesAsExcelSavesThemInADutchLocale() {
    long id = newEdition("Puntkomma");
    String boundary = "lokaal-test-boundary";
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    for (var file : sample("small").entrySet()) {
      form.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                  + file.getKey()
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      form.writeBytes(dutchExcel(file.getValue()));
      form.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

    var preview =
        lokaal.request(
            "POST", files(id), "multipart/form-data; boundary=" + boundary, form.toByteArray());

    assertEquals(200, preview.status(), preview.toString());
    JsonObject groups =
        preview.json().getJsonObject("preview").getJsonArray("files").getJsonObject(3);
    assertEquals(lines(sample("small").get("groups.csv")).size() - 1, groups.getInt("added"));
    var applied =
        lokaal.request(
            "POST",
            files(id) + "?apply=true",
            "multipart/form-data; boundary=" + boundary,
            form.toByteArray());
    assertEquals(200, applied.status(), applied.toString());
    for (String name : EditionFiles.FILE_NAMES) {
      assertEquals(
          rows(sample("small").get(name)), rows(lokaal.get(files(id) + "/" + name).body()), name);
    }
  }

  @Test
  void refusesAnUnknownModeNamingIt() {
    long id = newEdition("Welke modus");
    var refused =
        lokaal.put(
            files(id) + "?mode=overwrite", "application/zip", ZipArchive.pack(sample("small")));
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.text().contains("mode"), refused.toString());
  }

  /**
   * A file as Excel saves "CSV (puntkomma)" in a Dutch locale: ';' between cells, Windows-1252,
   * decimal commas, dates as 16-3-2026.
   */
  private static byte[] dutchExcel(byte[] csv) {
    StringBuilder out = new StringBuilder();
    try (var parser =
            org.apache.commons.csv.CSVParser.parse(
                new String(csv, StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.RFC4180);
        var printer =
            new org.apache.commons.csv.CSVPrinter(
                out, org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      List<String> header = null;
      for (var record : parser) {
        List<String> cells = new ArrayList<>(record.toList());
        if (header == null) {
          header = cells;
        } else {
          for (int i = 0; i < cells.size(); i++) {
            String column = header.get(i);
            if (List.of("lat", "lon", "max_km").contains(column)) {
              cells.set(i, cells.get(i).replace('.', ','));
            } else if (column.equals("date")) {
              java.time.LocalDate day = java.time.LocalDate.parse(cells.get(i));
              cells.set(i, day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear());
            }
          }
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
  }

  private static List<String> lines(byte[] csv) {
    return new ArrayList<>(List.of(new String(csv, StandardCharsets.UTF_8).split("\r?\n")));
  }

  @Test
  void refusesSomethingThatIsNotAZip() {
    long id = newEdition("Geen zip");
    var refused =
        lokaal.put(files(id), "application/zip", "schools.csv".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
  }

  private long newEdition(String name) {
    var created =
        lokaal.post(
            "api/editions",
            """
        {"region":"achterhoek","kind":"COMPANY_VISITS","name":"%s","firstDay":"2026-03-16","lastDay":"2026-03-20",
         "registrationOpens":"2025-11-01","registrationCloses":"2026-03-06",
         "allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2","VO3","VO4"]}"""
                .formatted(name));
    assertEquals(201, created.status(), created.toString());
    return created.json().getInt("id");
  }

  /** Applies an upload that removes no registrations, in one call. */
  private Lokaal.Reply apply(long id, byte[] zip) {
    return lokaal.put(files(id) + "?apply=true", "application/zip", zip);
  }

  /** Previews an upload, then applies it with the preview's token, as the organiser's page does. */
  private Lokaal.Reply confirmed(long id, byte[] zip) {
    var preview = lokaal.put(files(id), "application/zip", zip);
    assertEquals(200, preview.status(), preview.toString());
    String token = preview.json().getJsonObject("preview").getString("token");
    return lokaal.put(files(id) + "?apply=true&expect=" + token, "application/zip", zip);
  }

  private static String files(long id) {
    return "api/editions/" + id + "/files";
  }

  public static Map<String, byte[]> sample(String edition) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : EditionFiles.FILE_NAMES) {
      try (InputStream in =
          EditionFilesIT.class.getResourceAsStream("/editions/" + edition + "/" + name)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The header, then the rows in id order: the database does not keep the order of the file. */
  private static List<String> rows(byte[] csv) {
    List<String> lines =
        new ArrayList<>(List.of(new String(csv, StandardCharsets.UTF_8).split("\r?\n")));
    String header = lines.remove(0);
    lines.sort(null);
    lines.add(0, header);
    return lines;
  }

  private static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String lineTwo(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).split("\r\n")[1];
  }

  private static byte[] replaceLine(byte[] file, int line, String replacement) {
    String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n", -1);
    lines[line - 1] = replacement;
    return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
