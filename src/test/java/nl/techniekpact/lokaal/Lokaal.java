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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built WAR as Arquillian deploys it, and a small HTTP client for talking to it in tests. */
public final class Lokaal {

  private final HttpClient http;
  private final URI base;
  /** The session secret sent as {@code Authorization: Bearer}; null for an anonymous caller. */
  private final String token;

  public Lokaal(URL base) {
    this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null);
  }

  private Lokaal(HttpClient http, URI base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  /** Signs an organiser in (POST api/session) and returns a client that acts as them. */
  public Lokaal signIn(String email, String password) {
    Reply session = post("api/session", Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    if (session.status() != 200) {
      throw new IllegalStateException("signing in as " + email + " failed: " + session);
    }
    return withToken(session.json().getString("token"));
  }

  /** The same server, as the caller whose session secret this is. */
  public Lokaal withToken(String sessionToken) {
    return new Lokaal(http, base, sessionToken);
  }

  /** The WAR that `mvn package` built, deployed at the root context as in production. */
  public static WebArchive war() {
    File war = new File(System.getProperty("lokaal.war", "target/lokaal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  public record Reply(int status, String contentType, byte[] body) {

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

  private HttpRequest.Builder request(String path, String contentType) {
    return authorized(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType));
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
