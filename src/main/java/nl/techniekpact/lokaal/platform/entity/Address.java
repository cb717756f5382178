package nl.techniekpact.lokaal.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A postal address in the Netherlands or across the German border. Street is optional. */
@Embeddable
public class Address {

  /** Dutch "1234 AB" or German five-digit postcodes: the region borders Germany. */
  private static final Pattern POSTCODE = Pattern.compile("^(?:[1-9][0-9]{3} ?[A-Z]{2}|[0-9]{5})$");

  @Column(name = "street")
  private String street;

  @Column(name = "postcode")
  private String postcode;

  @Column(name = "town")
  private String town;

  protected Address() {}

  public Address(String street, String postcode, String town) {
    this.street = Require.optionalText(street, "street", 120);
    this.postcode = normalisedPostcode(postcode);
    this.town = Require.text(town, "town", 80);
  }

  private static String normalisedPostcode(String value) {
    String text = Require.text(value, "postcode", 10).toUpperCase(Locale.ROOT);
    if (!POSTCODE.matcher(text).matches()) {
      throw new InvalidValueException("postcode", "postcode.notDutchOrGerman", text);
    }
    return text.length() == 6 && Character.isDigit(text.charAt(3))
        ? text.substring(0, 4) + " " + text.substring(4)
        : text;
  }

  public String street() {
    return street;
  }

  public String postcode() {
    return postcode;
  }

  public String town() {
    return town;
  }

  /** One line for letters and calendar entries. */
  public String oneLine() {
    return (street == null ? "" : street + ", ") + postcode + " " + town;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && Objects.equals(a.street, street)
        && a.postcode.equals(postcode)
        && a.town.equals(town);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, postcode, town);
  }
}
