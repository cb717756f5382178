package nl.techniekpact.lokaal.platform.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * The address, position and contact person a school or company signs up with. Without coordinates,
 * the position is looked up from the postcode in the town table Lokaal ships.
 */
public class PlaceRequest {

  @Size(max = 120)
  public String street;

  @NotBlank
  @Size(max = 10)
  public String postcode;

  @NotBlank
  @Size(max = 80)
  public String town;

  @DecimalMin("-90")
  @DecimalMax("90")
  public Double lat;

  @DecimalMin("-180")
  @DecimalMax("180")
  public Double lon;

  @Size(max = 120)
  public String contactName;

  @NotBlank
  @Email
  @Size(max = 254)
  public String contactEmail;

  @Size(max = 20)
  public String contactPhone;

  /** The language mail is written in: nl (default), en or de. */
  @Size(max = 2)
  public String language;

  public Address address() {
    return new Address(street, postcode, town);
  }

  public Contact contact() {
    return new Contact(contactName, contactEmail, contactPhone).writingIn(language);
  }

  public GeoPoint location() {
    if (lat != null && lon != null) {
      return new GeoPoint(lat, lon);
    }
    if (lat != null || lon != null) {
      throw new InvalidValueException(lat == null ? "lat" : "lon", "location.bothOrNeither");
    }
    return Towns.standard()
        .nearestToPostcode(postcode)
        .map(town -> town.location())
        .orElseThrow(
            () -> new InvalidValueException("postcode", "location.unknownPostcode", postcode));
  }
}
