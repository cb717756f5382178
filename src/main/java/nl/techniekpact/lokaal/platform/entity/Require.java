package nl.techniekpact.lokaal.platform.entity;

import java.util.regex.Pattern;

/** The checks entities and value objects use to refuse invalid states, each naming the field. */
public final class Require {

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required");
    }
    return value;
  }

  /** Trimmed text of 1 to {@code maxLength} characters. */
  public static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(field, "tooLong", maxLength, trimmed.length());
    }
    return trimmed;
  }

  /** Like {@link #text} but may be absent: blank becomes null. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : text(value, field, maxLength);
  }

  public static String email(String value, String field) {
    String text = text(value, field, 254);
    if (!EMAIL.matcher(text).matches()) {
      throw new InvalidValueException(field, "notEmail", text);
    }
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  public static String optionalEmail(String value, String field) {
    return value == null || value.isBlank() ? null : email(value, field);
  }

  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "outOfRange", min, max, value);
    }
    return value;
  }

  public static double range(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, "outOfRange", min, max, value);
    }
    return value;
  }
}
