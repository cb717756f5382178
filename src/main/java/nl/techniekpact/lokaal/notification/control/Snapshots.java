package nl.techniekpact.lokaal.notification.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;

/**
 * What a mail is rendered from, as JSON in its outbox row: written in the transaction of the
 * change, read when the mail is delivered, so that the mail tells the state at the time of the
 * change however late it leaves. Template variables keep their types: text, numbers, true/false,
 * null, lists, maps, and dates and times of day as {@code {"@date":"2027-02-09"}} and {@code
 * {"@time":"09:00"}}; anything else is refused when written, not when delivered.
 */
public final class Snapshots {

  /**
   * The calendar of a mail: its organiser, its DTSTAMP (when the change happened) and its events.
   */
  public record Calendar(String organiser, Instant stamp, List<CalendarEvent> events) {}

  /**
   * Looked up once: each of {@code Json}'s static methods looks the provider up again, searching
   * the class path.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Snapshots() {}

  public static String variables(Map<String, ?> variables) {
    return object(variables).toString();
  }

  public static Map<String, Object> variables(String json) {
    return map(JSON.createReader(new StringReader(json)).readObject());
  }

  public static String calendar(Calendar calendar) {
    JsonArrayBuilder events = JSON.createArrayBuilder();
    for (CalendarEvent e : calendar.events()) {
      JsonArrayBuilder attendees = JSON.createArrayBuilder();
      e.attendees()
          .forEach(
              a ->
                  attendees.add(
                      nullable(
                          JSON.createObjectBuilder().add("email", a.email()), "name", a.name())));
      JsonObjectBuilder event =
          JSON.createObjectBuilder()
              .add("uid", e.uid())
              .add("sequence", e.sequence())
              .add("start", e.start().toString())
              .add("end", e.end().toString())
              .add("summary", e.summary())
              .add("attendees", attendees)
              .add("cancelled", e.cancelled());
      nullable(event, "location", e.location());
      nullable(event, "description", e.description());
      nullable(event, "url", e.url() == null ? null : e.url().toString());
      if (e.geo() != null) {
        event.add(
            "geo", JSON.createArrayBuilder().add(e.geo().latitude()).add(e.geo().longitude()));
      }
      events.add(event);
    }
    return JSON.createObjectBuilder()
        .add("organiser", calendar.organiser())
        .add("stamp", calendar.stamp().toString())
        .add("events", events)
        .build()
        .toString();
  }

  public static Calendar calendar(String json) {
    JsonObject calendar = JSON.createReader(new StringReader(json)).readObject();
    List<CalendarEvent> events = new ArrayList<>();
    for (JsonObject e : calendar.getJsonArray("events").getValuesAs(JsonObject.class)) {
      JsonArray geo = e.getJsonArray("geo");
      events.add(
          new CalendarEvent(
              e.getString("uid"),
              e.getInt("sequence"),
              ZonedDateTime.parse(e.getString("start")),
              ZonedDateTime.parse(e.getString("end")),
              e.getString("summary"),
              e.getString("location", null),
              geo == null
                  ? null
                  : new GeoPoint(
                      geo.getJsonNumber(0).doubleValue(), geo.getJsonNumber(1).doubleValue()),
              e.getString("description", null),
              e.containsKey("url") ? URI.create(e.getString("url")) : null,
              e.getJsonArray("attendees").getValuesAs(JsonObject.class).stream()
                  .map(
                      a ->
                          new CalendarEvent.Attendee(
                              a.getString("email"), a.getString("name", null)))
                  .toList(),
              e.getBoolean("cancelled")));
    }
    return new Calendar(
        calendar.getString("organiser"), Instant.parse(calendar.getString("stamp")), events);
  }

  private static JsonObjectBuilder nullable(JsonObjectBuilder object, String name, String value) {
    return value == null ? object : object.add(name, value);
  }

  private static JsonObject object(Map<String, ?> map) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    map.forEach((name, value) -> object.add(name, json(value)));
    return object.build();
  }

  private static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof String s) {
      return JSON.createValue(s);
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return JSON.createValue(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return JSON.createValue(new BigDecimal(value.toString()));
    }
    if (value instanceof LocalDate date) {
      return JSON.createObjectBuilder().add("@date", date.toString()).build();
    }
    if (value instanceof LocalTime time) {
      return JSON.createObjectBuilder().add("@time", time.toString()).build();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> named = new LinkedHashMap<>();
      map.forEach((k, v) -> named.put((String) k, v));
      return object(named);
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      list.forEach(v -> array.add(json(v)));
      return array.build();
    }
    throw new IllegalArgumentException(
        "a mail variable cannot be a " + value.getClass().getName() + ": " + value);
  }

  private static Map<String, Object> map(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((name, value) -> map.put(name, java(value)));
    return map;
  }

  private static Object java(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case ARRAY -> value.asJsonArray().stream().map(Snapshots::java).toList();
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.size() == 1 && object.containsKey("@date")) {
          yield LocalDate.parse(object.getString("@date"));
        }
        if (object.size() == 1 && object.containsKey("@time")) {
          yield LocalTime.parse(object.getString("@time"));
        }
        yield map(object);
      }
    };
  }

  private static Object number(JsonNumber number) {
    if (!number.isIntegral()) {
      return number.bigDecimalValue();
    }
    long whole = number.longValueExact();
    return whole == (int) whole ? (Object) (int) whole : (Object) whole;
  }
}
