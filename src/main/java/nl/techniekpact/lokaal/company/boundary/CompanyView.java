package nl.techniekpact.lokaal.company.boundary;

import nl.techniekpact.lokaal.company.entity.Company;

/**
 * A company's profile as its contact and its organisers see it; {@code language} is the one its
 * mail is written in.
 */
public record CompanyView(
    long id,
    String code,
    String region,
    String name,
    String sector,
    String street,
    String postcode,
    String town,
    double lat,
    double lon,
    String contactName,
    String contactEmail,
    String contactPhone,
    String language) {

  static CompanyView of(Company c) {
    return new CompanyView(
        c.id(),
        c.code(),
        c.region().code(),
        c.name(),
        c.sector(),
        c.address().street(),
        c.address().postcode(),
        c.address().town(),
        c.location().latitude(),
        c.location().longitude(),
        c.contact().name(),
        c.contact().email(),
        c.contact().phone(),
        c.contact().language());
  }
}
