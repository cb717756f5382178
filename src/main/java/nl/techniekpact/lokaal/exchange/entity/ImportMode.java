package nl.techniekpact.lokaal.exchange.entity;

import java.util.Locale;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/** What an upload does with what the edition holds and the files leave out. */
public enum ImportMode {
  /** The files are the whole edition: slots, groups and participants they leave out go. */
  REPLACE,
  /** The files add and update by id; nothing is deleted, and a file may be left out. */
  MERGE;

  /** "replace" (also when absent) or "merge". */
  public static ImportMode parse(String text) {
    if (text == null || text.isBlank()) {
      return REPLACE;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("mode", "import.mode", text);
    }
  }
}
