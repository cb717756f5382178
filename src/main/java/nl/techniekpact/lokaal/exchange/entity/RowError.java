package nl.techniekpact.lokaal.exchange.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * Why one cell (or row, or file) of an import was refused: file, line (header = 1), column name,
 * and the reason as a message key with arguments, worded for each reader by the mapper.
 */
public record RowError(String file, int line, String column, String key, List<Object> args) {

  public RowError {
    args = List.copyOf(args);
  }

  public static RowError of(String file, int line, String column, String key, Object... args) {
    return new RowError(file, line, column, key, Arrays.asList(args));
  }

  /**
   * A value object's refusal as the error of {@code column}: the message's {0}, the field's label
   * elsewhere, is here the column as the file's header names it.
   */
  public static RowError of(
      String file, int line, String column, InvalidValueException.Violation violation) {
    List<Object> args = new ArrayList<>();
    args.add(column);
    args.addAll(violation.args());
    return new RowError(file, line, column, violation.key(), args);
  }

  /** The reason in the reader's language. */
  public String reason(Messages messages) {
    return messages.text(key, args.toArray());
  }

  /** The reason in English, for logs and tests. */
  public String reason() {
    return reason(Messages.in(Locale.ENGLISH));
  }
}
