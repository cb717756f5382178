package nl.techniekpact.lokaal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DomainsTest {

  @Test
  void aDomainIsTheNameWithoutSpacesAccentsOrPunctuation() {
    assertEquals("cbsebenhaezer.example.nl", new Domains().forName("CBS Eben-Haëzer", "Ulft"));
    assertEquals(
        "basisschooltkempke.example.nl", new Domains().forName("Basisschool 't Kempke", "Lobith"));
  }

  @Test
  void aTakenDomainGetsTheTownAndThenANumber() {
    Domains domains = new Domains();
    assertEquals("obshetkompas.example.nl", domains.forName("OBS Het Kompas", "Ulft"));
    assertEquals(
        "obshetkompas-sheerenberg.example.nl", domains.forName("OBS Het Kompas", "'s-Heerenberg"));
    assertEquals(
        "obshetkompas-sheerenberg-2.example.nl",
        domains.forName("OBS Het Kompas", "'s-Heerenberg"));
  }
}
