package nl.techniekpact.lokaal.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * An audit sentence's arguments as stored: a JSON array whose strings and numbers stand for
 * themselves and whose objects keep what must be worded in the reader's language: {@code {"date":
 * "2027-02-08"}}, {@code {"time": "09:30"}}, {@code {"day": "MONDAY"}}, {@code {"key":
 * "Level.PO7"}} (an enum constant, worded by its message).
 */
final class AuditArguments {

  /** An argument worded by the message under {@code key}. */
  record Key(String key) {}

  private AuditArguments() {}

  static String write(List<Object> arguments) {
    return arguments.isEmpty() ? null : array(arguments).build().toString();
  }

  private static JsonArrayBuilder array(Collection<?> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object value : values) {
      if (value == null) {
        array.addNull();
      } else if (value instanceof Integer || value instanceof Long) {
        array.add(((Number) value).longValue());
      } else if (value instanceof Number n) {
        array.add(n.doubleValue());
      } else if (value instanceof LocalDate date) {
        array.add(Json.createObjectBuilder().add("date", date.toString()));
      } else if (value instanceof LocalTime time) {
        array.add(Json.createObjectBuilder().add("time", time.toString()));
      } else if (value instanceof DayOfWeek day) {
        array.add(Json.createObjectBuilder().add("day", day.name()));
      } else if (value instanceof Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        array.add(Json.createObjectBuilder().add("key", key));
      } else if (value instanceof AuditLog.Phrase phrase) {
        array.add(Json.createObjectBuilder().add("key", phrase.key()));
      } else if (value instanceof Collection<?> many) {
        array.add(array(many));
      } else {
        array.add(value.toString());
      }
    }
    return array;
  }

  /** The stored arguments, or an empty list if there are none or they cannot be read. */
  static List<Object> read(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    try (var reader = Json.createReader(new StringReader(stored))) {
      return values(reader.readArray());
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  private static List<Object> values(JsonArray array) {
    return array.stream().map(AuditArguments::value).toList();
  }

  private static Object value(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        yield n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
      }
      case ARRAY -> values(value.asJsonArray());
      case OBJECT -> typed(value.asJsonObject());
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> "";
    };
  }

  private static Object typed(JsonObject o) {
    if (o.containsKey("date")) {
      return LocalDate.parse(o.getString("date"));
    }
    if (o.containsKey("time")) {
      return LocalTime.parse(o.getString("time"));
    }
    if (o.containsKey("day")) {
      return DayOfWeek.valueOf(o.getString("day"));
    }
    return new Key(o.getString("key", ""));
  }
}
