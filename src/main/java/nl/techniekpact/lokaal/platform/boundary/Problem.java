package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * An RFC 9457 problem detail: the one shape of every error response Lokaal gives. Its title and
 * detail are in the reader's language; {@code type} and {@code field} stay machine names.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  private final JsonObjectBuilder body = Json.createObjectBuilder();
  private final int status;
  private final Messages messages;

  private Problem(int status, String type, String title, Messages messages) {
    this.status = status;
    this.messages = messages;
    body.add("type", "/problems/" + type).add("title", title).add("status", status);
  }

  /** A problem titled by {@code title.<type>} in the reader's language. */
  public static Problem of(int status, String type, Messages messages) {
    return new Problem(status, type, messages.text("title." + type), messages);
  }

  /** A problem with its own title, already worded for the reader. */
  public static Problem of(int status, String type, String title, Messages messages) {
    return new Problem(status, type, title, messages);
  }

  /** A problem with a fixed English title, for the examples of the API's own documentation. */
  public static Problem example(int status, String type, String title) {
    return new Problem(status, type, title, Messages.in(java.util.Locale.ENGLISH));
  }

  public Problem detail(String detail) {
    if (detail != null) {
      body.add("detail", detail);
    }
    return this;
  }

  /** The detail under {@code key}, worded for the reader. */
  public Problem say(String key, Object... args) {
    return detail(messages.text(key, args));
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

  /**
   * 400 naming every refused field: each error's message starts from the field's label, and the
   * detail is the one message or says how many fields need another look.
   */
  public static Response invalid(
      List<InvalidValueException.Violation> violations, Messages messages) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    List<String> texts = new ArrayList<>();
    for (InvalidValueException.Violation violation : violations) {
      String text = messages.refusal(violation);
      texts.add(text);
      errors.add(
          Json.createObjectBuilder()
              .add("field", violation.field())
              .add("label", messages.label(violation.field()))
              .add("message", text));
    }
    return of(400, "invalid-value", messages)
        .detail(texts.size() == 1 ? texts.get(0) : messages.text("invalid.several", texts.size()))
        .field(violations.get(0).field())
        .errors(errors.build())
        .response();
  }

  /** A single-field problem: {@code key}'s {0} is the field's label, {@code args} the rest. */
  public static Response invalid(Messages messages, String field, String key, Object... args) {
    return invalid(new InvalidValueException(field, key, args).violations(), messages);
  }
}
