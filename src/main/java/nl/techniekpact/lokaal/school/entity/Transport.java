package nl.techniekpact.lokaal.school.entity;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** How a class group travels to a visit. */
public enum Transport {
  WALK,
  BIKE,
  BUS,
  CAR;

  /** The lower-case code of the interchange format: walk, bike, bus, car. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Transport parse(String code, String field) {
    for (Transport t : values()) {
      if (t.code().equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new InvalidValueException(
        field, "school.transport.unknown", code == null ? "" : code, List.of(values()));
  }
}
