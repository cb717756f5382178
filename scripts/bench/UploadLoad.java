import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Uploads the regional sample edition and one grown to {@code groups} class groups, each as a zip
 * of CSV files and as one .xlsx workbook (written here with fastexcel, typed cells: numbers, dates,
 * times), into fresh editions of a running Lokaal: the preview, then the apply. Times each call and
 * samples the server's used heap ({@code /metrics}) every 10 ms, against its used heap after a full
 * GC ({@code jcmd GC.run}) just before the upload.
 *
 * <p>Arguments as key=value: base, admin, adminPassword, samples (the folder with regional/),
 * groups, serverPid. Last line: {@code upload: <name>=<preview ms>/<apply ms>/<peak MB> ...}.
 */
public final class UploadLoad {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern HEAP =
      Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.E+]+)");
  private static final List<String> FILES =
      List.of("schools.csv", "companies.csv", "slots.csv", "groups.csv");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String serverPid;
  private String token;

  private UploadLoad(URI base, String serverPid) {
    this.base = base;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> arg = new LinkedHashMap<>();
    for (String a : args) {
      arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    UploadLoad load = new UploadLoad(URI.create(arg.get("base")), arg.get("serverPid"));
    load.signIn(arg.get("admin"), arg.get("adminPassword"));
    Map<String, List<List<String>>> regional = read(Path.of(arg.get("samples"), "regional"));
    int groups = Integer.parseInt(arg.getOrDefault("groups", "20000"));
    Map<String, List<List<String>>> grown = grow(regional, groups);
    // Warm-up: the first upload also pays for loading and compiling the code it runs.
    load.measure("warm-up", zip(regional), "csv", regional.get("groups.csv").size() - 1);
    List<String> results = new ArrayList<>();
    Map<String, Map<String, List<List<String>>>> editions = new LinkedHashMap<>();
    editions.put("regional", regional);
    editions.put("groups" + groups, grown);
    for (var edition : editions.entrySet()) {
      for (String format : List.of("csv", "xlsx")) {
        byte[] body = format.equals("csv") ? zip(edition.getValue()) : workbook(edition.getValue());
        long expected = edition.getValue().get("groups.csv").size() - 1;
        results.add(load.measure(edition.getKey() + "_" + format, body, format, expected));
      }
    }
    System.out.println("upload: " + String.join(" ", results));
  }

  /** Uploads into a new edition and checks that all {@code expected} groups were written. */
  private String measure(String name, byte[] body, String format, long expected) throws Exception {
    long edition = newEdition(name);
    String type =
        format.equals("csv")
            ? "application/zip"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String path = "api/editions/" + edition + "/files";
    gc();
    long idle = heap();
    Timed preview = timed(() -> put(path, type, body));
    Matcher m = TOKEN.matcher(preview.body);
    if (!m.find()) {
      throw new IllegalStateException(name + ": no preview: " + preview.body);
    }
    gc();
    Timed apply = timed(() -> put(path + "?apply=true&expect=" + m.group(1), type, body));
    long written = get(path + "/groups.csv").lines().filter(l -> !l.isBlank()).count() - 1;
    if (written != expected) {
      throw new IllegalStateException(
          name + ": " + written + " groups written, " + expected + " sent");
    }
    // The same upload again, against the edition it made: every row compared, none changed.
    gc();
    Timed again = timed(() -> put(path, type, body));
    System.out.printf(
        "%s: %.1f MB upload; preview %d ms, peak heap +%d MB; apply %d ms, peak heap +%d MB;"
            + " preview again %d ms, peak heap +%d MB%n",
        name,
        body.length / 1e6,
        preview.millis,
        (preview.peak - idle) >> 20,
        apply.millis,
        (apply.peak - idle) >> 20,
        again.millis,
        (again.peak - idle) >> 20);
    long peak = Math.max(Math.max(preview.peak, apply.peak), again.peak);
    return "%s=%d/%d/%d/%d"
        .formatted(name, preview.millis, apply.millis, again.millis, (peak - idle) >> 20);
  }

  private record Timed(long millis, long peak, String body) {}

  private interface Call {
    String run() throws Exception;
  }

  /** Runs the call while a second thread samples the server's used heap. */
  private Timed timed(Call call) throws Exception {
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  peak.accumulateAndGet(heap(), Math::max);
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  // a missed sample
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    String body;
    try {
      body = call.run();
    } finally {
      sampler.interrupt();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampler.join();
    return new Timed(millis, peak.get(), body);
  }

  private long heap() throws Exception {
    var reply =
        http.send(
            HttpRequest.newBuilder(base.resolve("metrics?scope=base")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = HEAP.matcher(reply.body());
    if (!m.find()) {
      throw new IllegalStateException("no memory_usedHeap_bytes in /metrics");
    }
    return (long) Double.parseDouble(m.group(1));
  }

  private void gc() throws Exception {
    new ProcessBuilder("jcmd", serverPid, "GC.run").redirectErrorStream(true).start().waitFor();
  }

  private String put(String path, String type, byte[] body) throws Exception {
    var reply =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply.body();
  }

  private String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String post(String path, String json) throws Exception {
    var reply =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + (token == null ? "-" : token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply.body();
  }

  private void signIn(String admin, String password) throws Exception {
    Matcher m =
        Pattern.compile("\"token\":\"([^\"]+)\"")
            .matcher(
                post(
                    "api/session",
                    "{\"email\":\"" + admin + "\",\"password\":\"" + password + "\"}"));
    if (!m.find()) {
      throw new IllegalStateException("sign-in failed");
    }
    token = m.group(1);
  }

  private long newEdition(String name) throws Exception {
    String reply =
        post(
            "api/editions",
            """
            {"region":"achterhoek","kind":"COMPANY_VISITS","name":"Upload %s","firstDay":"2026-03-16",
             "lastDay":"2026-03-20","registrationOpens":"2025-11-01","registrationCloses":"2026-03-06",
             "allowedLevels":["PO5","PO6","PO7","PO8","VO1","VO2","VO3","VO4"]}"""
                .formatted(name));
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(reply);
    if (!m.find()) {
      throw new IllegalStateException("no edition id: " + reply);
    }
    return Long.parseLong(m.group(1));
  }

  /** The four files as rows of cells; the sample holds no quoted cells. */
  private static Map<String, List<List<String>>> read(Path folder) throws IOException {
    Map<String, List<List<String>>> files = new LinkedHashMap<>();
    for (String file : FILES) {
      List<List<String>> rows = new ArrayList<>();
      for (String line : Files.readAllLines(folder.resolve(file))) {
        if (!line.isBlank()) {
          rows.add(List.of(line.split(",", -1)));
        }
      }
      files.put(file, rows);
    }
    return files;
  }

  /** The sample's groups copied under new ids until there are {@code count}. */
  private static Map<String, List<List<String>>> grow(
      Map<String, List<List<String>>> sample, int count) {
    Map<String, List<List<String>>> grown = new LinkedHashMap<>(sample);
    List<List<String>> groups = sample.get("groups.csv");
    List<List<String>> more = new ArrayList<>(List.of(groups.get(0)));
    for (int i = 0; i < count; i++) {
      List<String> row = new ArrayList<>(groups.get(1 + i % (groups.size() - 1)));
      row.set(0, "B" + i);
      more.add(row);
    }
    grown.put("groups.csv", more);
    return grown;
  }

  private static byte[] zip(Map<String, List<List<String>>> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        StringBuilder text = new StringBuilder();
        file.getValue().forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** One sheet per file, numbers as numbers, dates and times as date and time cells. */
  private static byte[] workbook(Map<String, List<List<String>>> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream stream = out) {
      Workbook book = new Workbook(stream, "Lokaal benchmark", "1.0");
      for (var file : files.entrySet()) {
        Worksheet sheet = book.newWorksheet(file.getKey().replace(".csv", ""));
        List<List<String>> rows = file.getValue();
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            cell(sheet, r, c, r == 0 ? "" : header.get(c), rows.get(r).get(c));
          }
        }
        sheet.finish();
      }
      book.finish();
    }
    return out.toByteArray();
  }

  private static void cell(Worksheet sheet, int r, int c, String column, String value) {
    switch (column) {
      case "date" -> {
        sheet.value(r, c, LocalDate.parse(value));
        sheet.style(r, c).format("yyyy-mm-dd").set();
      }
      case "start", "end" -> {
        String[] hm = value.split(":");
        sheet.value(r, c, (Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1])) / 1440.0);
        sheet.style(r, c).format("hh:mm").set();
      }
      case "capacity_pupils", "max_groups", "pupils", "max_km", "lat", "lon" ->
          sheet.value(r, c, Double.parseDouble(value));
      default -> sheet.value(r, c, value);
    }
  }
}
