package nl.techniekpact.lokaal.platform.entity;

import java.util.regex.Pattern;

/**
 * A town or village with one representative Dutch postcode and the position of its centre; the
 * region names the technology pact it belongs to, such as {@code achterhoek} or {@code liemers}.
 */
public record Town(String name, String postcode, GeoPoint location, String region) {

  private static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} [A-Z]{2}$");

  public Town {
    name = Require.text(name, "town", 80);
    postcode = Require.text(postcode, "postcode", 7);
    if (!POSTCODE.matcher(postcode).matches()) {
      throw new InvalidValueException("postcode", "postcode.notDutch", postcode);
    }
    Require.present(location, "location");
    region = Require.text(region, "region", 40);
  }

  /** The four digits of the postcode, which roughly locate the town. */
  public int postcodeNumber() {
    return Integer.parseInt(postcode.substring(0, 4));
  }
}
