package nl.techniekpact.lokaal.platform.entity;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person to reach: an e-mail address always, a name and phone number when known, and the language
 * Lokaal writes to them in (Dutch unless they chose English or German).
 */
@Embeddable
public class Contact {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");

  private String name;
  private String email;
  private String phone;
  private String language;

  protected Contact() {}

  public Contact(String name, String email, String phone) {
    this.name = Require.optionalText(name, "contact.name", 120);
    this.email = Require.email(email, "contact.email");
    this.phone = Require.optionalText(phone, "contact.phone", 20);
    if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
      throw new InvalidValueException("contact.phone", "phone.invalid", this.phone);
    }
  }

  /** The same person, written to in "nl", "en" or "de". */
  public Contact writingIn(String language) {
    Contact copy = new Contact(name, email, phone);
    String code =
        language == null || language.isBlank()
            ? "nl"
            : language.strip().toLowerCase(java.util.Locale.ROOT);
    if (!java.util.List.of("nl", "en", "de").contains(code)) {
      throw new InvalidValueException("language", "language.unsupported", language);
    }
    copy.language = code;
    return copy;
  }

  /** "nl", "en" or "de" as chosen, or null when the contact never said. */
  public String language() {
    return language;
  }

  /** The language to write in; Dutch when none was chosen. */
  public java.util.Locale locale() {
    return java.util.Locale.forLanguageTag(language == null ? "nl" : language);
  }

  public static Contact byEmail(String email) {
    return new Contact(null, email, null);
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && Objects.equals(c.name, name)
        && c.email.equals(email)
        && Objects.equals(c.phone, phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }
}
