package nl.techniekpact.lokaal.event.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static nl.techniekpact.lokaal.Fixtures.DOETINCHEM;
import static nl.techniekpact.lokaal.Fixtures.achterhoek;

import nl.techniekpact.lokaal.platform.entity.Address;
import org.junit.jupiter.api.Test;

class VenueTest {

  private static final Address AMPHION = new Address("Hofstraat 2", "7001 AB", "Doetinchem");

  @Test
  void needsARegion() {
    assertInvalid("region", () -> new Venue(null, "Amphion", AMPHION, DOETINCHEM));
  }

  @Test
  void needsAName() {
    assertInvalid("name", () -> new Venue(achterhoek(), " ", AMPHION, DOETINCHEM));
  }

  @Test
  void needsAnAddress() {
    assertInvalid("address", () -> new Venue(achterhoek(), "Amphion", null, DOETINCHEM));
  }

  @Test
  void needsALocation() {
    assertInvalid("location", () -> new Venue(achterhoek(), "Amphion", AMPHION, null));
  }
}
