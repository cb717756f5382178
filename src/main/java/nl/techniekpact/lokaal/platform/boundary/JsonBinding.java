package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The JSON-B that reads request bodies: the standard one, except that it refuses what Yasson would
 * otherwise read into something else, each as a property of the request, so that the 400 names the
 * field:
 *
 * <ul>
 *   <li>a field the request does not have ({@code "bogus":1}), which Yasson skips;
 *   <li>text that is not a JSON string ({@code "name":true}, {@code "name":12}), which Yasson turns
 *       into "true" and "12";
 *   <li>a date other than an RFC 3339 full-date ({@code "firstDay":"+999999999-12-31"}), which
 *       Yasson reads as any year of {@link LocalDate}, far beyond what an edition can be;
 *   <li>an unknown enum constant ({@code "level":"PO9"}), which Yasson reports as an internal error
 *       of no property at all;
 *   <li>a whole number (int or long) with a fraction, out of range, or not a number at all ({@code
 *       "pupils":2.5}, {@code 3e9}, {@code [1]}), which Yasson cuts off or wraps around;
 *   <li>a decimal number that is not finite ({@code "reachKm":"NaN"}, {@code 1e400}), which Yasson
 *       reads as NaN or infinity;
 *   <li>a truth value other than true or false ({@code "waitIfFull":"yes"}), which Yasson reads as
 *       false.
 * </ul>
 *
 * Numbers and truth values written as text ({@code "24"}, {@code "true"}) are still read, as forms
 * send them. Null is the same as leaving the field out: a required field is refused by the
 * request's Bean Validation, an optional one (such as a group's wishes) is empty.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  /**
   * No whole number in range is written longer (as text), and BigDecimal takes its time over a long
   * one.
   */
  private static final int LONGEST_NUMBER = 40;

  /** RFC 3339 full-date: four-digit year, two-digit month and day. */
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Yasson's key for refusing unknown properties (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES). */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
              .withDeserializers(
                  new EnumConstants(),
                  new Texts(),
                  new Dates(),
                  new Ints(),
                  new Longs(),
                  new Decimals(),
                  new TruthValues()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /**
   * A value refused by one of these deserializers; its message says why, without the request's
   * class names that Yasson's own messages carry.
   */
  public static class RefusedValue extends JsonbException {
    private final String key;
    private final transient Object[] args;

    /** {@code key} is a message whose {0} is the field's label and {1} the value sent. */
    RefusedValue(String key, Object... args) {
      super(key);
      this.key = key;
      this.args = args;
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args;
    }
  }

  /**
   * Any enum, by the name of its constant; anything else is refused, listing the names there are.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static class EnumConstants implements JsonbDeserializer<Enum> {

    @Override
    public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      Class<? extends Enum> enumType = (Class<? extends Enum>) type;
      String name = value instanceof JsonString text ? text.getString() : value.toString();
      try {
        return Enum.valueOf(enumType, name);
      } catch (IllegalArgumentException e) {
        throw new RefusedValue(
            "json.notOneOf", abbreviated(value), Arrays.asList(enumType.getEnumConstants()));
      }
    }
  }

  static class Texts implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        return text.getString();
      }
      throw new RefusedValue("json.notText", abbreviated(value));
    }
  }

  static class Dates implements JsonbDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString text && FULL_DATE.matcher(text.getString()).matches()) {
        try {
          return LocalDate.parse(text.getString());
        } catch (DateTimeParseException e) {
          // a month or day that does not exist: refused below
        }
      }
      throw new RefusedValue("json.notDate", abbreviated(value));
    }
  }

  static class Ints implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      Long whole = whole(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      return whole == null ? null : whole.intValue();
    }
  }

  static class Longs implements JsonbDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static class Decimals implements JsonbDeserializer<Double> {

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      String text = number(value);
      if (!text.isEmpty() && text.length() <= LONGEST_NUMBER) {
        try {
          double decimal = new BigDecimal(text).doubleValue();
          if (Double.isFinite(decimal)) {
            return decimal;
          }
        } catch (NumberFormatException e) {
          // not a number: refused below
        }
      }
      throw new RefusedValue("json.notNumber", abbreviated(value));
    }
  }

  static class TruthValues implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case NULL -> null;
        case TRUE -> true;
        case FALSE -> false;
        default -> {
          String text = value instanceof JsonString string ? string.getString() : null;
          if ("true".equals(text) || "false".equals(text)) {
            yield Boolean.valueOf(text);
          }
          throw new RefusedValue("json.notBoolean", abbreviated(value));
        }
      };
    }
  }

  /** A JSON number or text that is a whole number from min to max, or null; else refused. */
  private static Long whole(JsonValue value, long min, long max) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    String text = number(value);
    if (!text.isEmpty() && text.length() <= LONGEST_NUMBER) {
      try {
        long whole = new BigDecimal(text).longValueExact();
        if (whole >= min && whole <= max) {
          return whole;
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // not a number, a fraction, or beyond long: refused below
      }
    }
    throw new RefusedValue("json.notWholeNumber", abbreviated(value), min, max);
  }

  /** The digits of a JSON number, or of text that may hold one; empty for anything else. */
  private static String number(JsonValue value) {
    return value instanceof JsonString string
        ? string.getString().strip()
        : value instanceof JsonNumber ? value.toString() : "";
  }

  /** The refused value as a refusal quotes it: no longer than the longest number. */
  private static String abbreviated(JsonValue value) {
    String text = value.toString();
    return text.length() <= LONGEST_NUMBER ? text : text.substring(0, LONGEST_NUMBER) + "...";
  }
}
