package nl.techniekpact.lokaal.event.entity;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * A school year a class group is in: groep 5-8 in primary school, klas 1-6 in secondary, or MBO.
 */
public enum Level {
  PO5("groep 5"),
  PO6("groep 6"),
  PO7("groep 7"),
  PO8("groep 8"),
  VO1("klas 1"),
  VO2("klas 2"),
  VO3("klas 3"),
  VO4("klas 4"),
  VO5("klas 5"),
  VO6("klas 6"),
  MBO("mbo");

  private final String dutchName;

  Level(String dutchName) {
    this.dutchName = dutchName;
  }

  /** How teachers call it: "groep 7", "klas 1". */
  public String dutchName() {
    return dutchName;
  }

  public static Level parse(String code, String field) {
    String trimmed = code == null ? "" : code.strip();
    for (Level level : values()) {
      if (level.name().equals(trimmed)) {
        return level;
      }
    }
    throw new InvalidValueException(
        field,
        "level.unknown",
        trimmed,
        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
