package nl.techniekpact.lokaal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A school location as DUO registers it: the four-character BRIN code (two digits, two letters or
 * digits) and a two-digit location number, such as {@code 04AB00}.
 */
@Embeddable
public class SchoolId {

  private static final Pattern FORMAT = Pattern.compile("^[0-9]{2}[A-Z0-9]{2}[0-9]{2}$");

  @Column(name = "code", nullable = false, unique = true, length = 6)
  private String value;

  protected SchoolId() {}

  private SchoolId(String value) {
    this.value = value;
  }

  public static SchoolId parse(String text, String field) {
    String value = Require.text(text, field, 6).toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(field, "school.id.format", text);
    }
    return new SchoolId(value);
  }

  public String brin() {
    return value.substring(0, 4);
  }

  public String location() {
    return value.substring(4);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SchoolId s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
