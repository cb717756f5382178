package nl.techniekpact.lokaal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built WAR as Arquillian deploys it, and a small HTTP client for talking to it in tests. */
public final class Lokaal {

  private final HttpClient http;
  private final URI base;

  /** The session secret sent as {@code Authorization: Bearer}; null for an anonymous caller. */
  private final String token;

  /** More headers sent with every request, such as an {@code Idempotency-Key}. */
  private final Map<String, String> headers;

  public Lokaal(URL base) {
    this(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"),
        null,
        Map.of());
  }

  private Lokaal(HttpClient http, URI base, String token, Map<String, String> headers) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.headers = headers;
  }

  /** Signs an organiser in (POST api/session) and returns a client that acts as them. */
  public Lokaal signIn(String email, String password) {
    Reply session =
        post(
            "api/session",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString());
    if (session.status() != 200) {
      throw new IllegalStateException("signing in as " + email + " failed: " + session);
    }
    return withToken(session.json().getString("token"));
  }

  /** The same server, as the caller whose session secret this is; anonymous for null. */
  public Lokaal withToken(String sessionToken) {
    return new Lokaal(http, base, sessionToken, headers);
  }

  /**
   * The same server and caller, sending this header too with every request (replacing one of that
   * name).
   */
  public Lokaal withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Lokaal(http, base, token, Map.copyOf(more));
  }

  /** The WAR that `mvn package` built, deployed at the root context as in production. */
  public static WebArchive war() {
    File war = new File(System.getProperty("lokaal.war", "target/lokaal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  public record Reply(int status, String contentType, byte[] body, HttpHeaders headers) {

    /** The first value of a response header, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + text();
    }
  }

  public Reply get(String path) {
    return send(authorized(HttpRequest.newBuilder(base.resolve(path))).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path, "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String contentType, byte[] body) {
    return send(request(path, contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply put(String path, String json) {
    return put(path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public Reply delete(String path) {
    return send(authorized(HttpRequest.newBuilder(base.resolve(path))).DELETE());
  }

  /** Any method with a body of any type; without a body when contentType and body are null. */
  public Reply request(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        contentType == null
            ? authorized(HttpRequest.newBuilder(base.resolve(path)))
            : request(path, contentType);
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** The server's address, for tests that speak HTTP over a socket of their own. */
  public URI base() {
    return base;
  }

  /** A form as a browser posts it. */
  public Reply postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(path, "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpRequest.Builder request(String path, String contentType) {
    return authorized(
        HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType));
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    headers.forEach(request::header);
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
