import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response times of the pact monitor for one client in turn: the JSON of one region and of all
 * regions, the page (its HTML, then the API call it makes) and the year's .xlsx export of the
 * region. Parts that do not exist yet (HTTP 404) are reported as missing, not as failures. Usage:
 * java MonitorLoad base=URL admin=E adminPassword=P region=R year=Y [requests=100] [warmup=20]
 * [exports=3]. Last line: monitor: region_p50_ms=... (or =missing).
 */
public final class MonitorLoad {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private String token;

  MonitorLoad(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> arg = new HashMap<>();
    for (String a : args) {
      arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    MonitorLoad load = new MonitorLoad(URI.create(arg.get("base")));
    load.signIn(arg.get("admin"), arg.get("adminPassword"));
    String region = arg.get("region");
    String year = arg.get("year");
    int requests = Integer.parseInt(arg.getOrDefault("requests", "100"));
    int warmup = Integer.parseInt(arg.getOrDefault("warmup", "20"));
    String api = "api/regions/%s/monitor?year=" + year;
    String years = "api/regions/%s/monitor/years?year=" + year;
    List<String> result = new ArrayList<>();
    result.add(load.measure("region", List.of(api.formatted(region)), warmup, requests));
    result.add(load.measure("all", List.of(api.formatted("all")), warmup, requests));
    result.add(load.measure("years", List.of(years.formatted(region)), warmup, requests));
    result.add(load.measure("years_all", List.of(years.formatted("all")), warmup, requests));
    result.add(
        load.measure(
            "page",
            List.of("monitor.html", api.formatted(region), years.formatted(region)),
            warmup,
            requests));
    result.add(
        load.export(
            "api/regions/" + region + "/monitor/export?year=" + year + "&format=xlsx",
            Integer.parseInt(arg.getOrDefault("exports", "3"))));
    System.out.println("monitor: " + String.join(" ", result));
  }

  /** Requests the paths one after the other, {@code requests} times; p50/p95 of the whole. */
  private String measure(String name, List<String> paths, int warmup, int requests)
      throws Exception {
    for (String path : paths) {
      HttpResponse<byte[]> first = get(path);
      if (first.statusCode() == 404) {
        System.out.println(name + ": " + path + " is missing (HTTP 404); not measured");
        return name + "=missing";
      }
      if (first.statusCode() != 200) {
        throw new IllegalStateException(
            path
                + ": HTTP "
                + first.statusCode()
                + " "
                + new String(first.body(), StandardCharsets.UTF_8));
      }
      System.out.println(name + ": " + path + " answers " + first.body().length + " bytes");
    }
    long[] millis = new long[requests];
    for (int i = -warmup; i < requests; i++) {
      long started = System.nanoTime();
      for (String path : paths) {
        HttpResponse<byte[]> reply = get(path);
        if (reply.statusCode() != 200) {
          throw new IllegalStateException(path + ": HTTP " + reply.statusCode());
        }
      }
      if (i >= 0) {
        millis[i] = (System.nanoTime() - started) / 1_000_000;
      }
    }
    Arrays.sort(millis);
    String line =
        String.format(
            "%s_p50_ms=%d %s_p95_ms=%d",
            name, percentile(millis, 50), name, percentile(millis, 95));
    System.out.println(line + " (" + requests + " requests after " + warmup + " warm-up)");
    return line;
  }

  private String export(String path, int runs) throws Exception {
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      HttpResponse<byte[]> reply = get(path);
      millis[i] = (System.nanoTime() - started) / 1_000_000;
      if (reply.statusCode() == 404) {
        System.out.println("export: " + path + " is missing (HTTP 404); not measured");
        return "export=missing";
      }
      if (reply.statusCode() != 200) {
        throw new IllegalStateException(path + ": HTTP " + reply.statusCode());
      }
      System.out.println(
          "export run " + (i + 1) + ": " + millis[i] + " ms, " + reply.body().length + " bytes");
    }
    Arrays.sort(millis);
    return "export_ms=" + millis[runs / 2];
  }

  private static long percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "nl")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private void signIn(String admin, String password) throws Exception {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + admin + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(reply.body());
    if (reply.statusCode() / 100 != 2 || !m.find()) {
      throw new IllegalStateException("sign-in failed: " + reply.statusCode() + " " + reply.body());
    }
    token = m.group(1);
  }
}
