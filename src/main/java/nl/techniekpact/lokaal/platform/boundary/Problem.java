package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail: the one shape of every error response Lokaal gives. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  private final JsonObjectBuilder body = Json.createObjectBuilder();
  private final int status;

  private Problem(int status, String type, String title) {
    this.status = status;
    body.add("type", "/problems/" + type).add("title", title).add("status", status);
  }

  public static Problem of(int status, String type, String title) {
    return new Problem(status, type, title);
  }

  public Problem detail(String detail) {
    if (detail != null) {
      body.add("detail", detail);
    }
    return this;
  }

  /** The one field a client should mark; with several, see {@link #errors}. */
  public Problem field(String field) {
    if (field != null) {
      body.add("field", field);
    }
    return this;
  }

  public Problem errors(JsonArray errors) {
    body.add("errors", errors);
    return this;
  }

  public Problem with(String name, String value) {
    body.add(name, value);
    return this;
  }

  public Response response() {
    return Response.status(status).type(MEDIA).entity(json()).build();
  }

  /** The body, for answers outside the REST layer. */
  public String json() {
    return body.build().toString();
  }

  /** A single-field validation problem, as entities report them. */
  public static Response invalid(String field, String message) {
    return of(400, "invalid-value", "Invalid value")
        .detail(message)
        .field(field)
        .errors(
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("field", field).add("message", message))
                .build())
        .response();
  }
}
