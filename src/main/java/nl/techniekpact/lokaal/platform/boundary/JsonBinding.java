package nl.techniekpact.lokaal.platform.boundary;

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
import java.util.Arrays;

/**
 * The JSON-B that reads request bodies: the standard one, except that an unknown enum constant
 * ({@code "level":"PO9"}) fails as a property of the request, so that the 400 names the field.
 * Without it, Yasson reports an unknown constant as an internal error of no property at all.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumConstants()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
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
        throw new JsonbException(
            "'" + name + "' is not one of " + Arrays.toString(enumType.getEnumConstants()), e);
      }
    }
  }
}
