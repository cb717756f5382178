package nl.techniekpact.lokaal.demo.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out mail domains under example.nl (reserved for examples, so no demo mail reaches anyone),
 * one per school or company and unique within the edition, derived from its name.
 */
final class Domains {

  private final Set<String> taken = new HashSet<>();

  /**
   * "Bouwbedrijf Te Brake" in Ulft becomes bouwbedrijftebrake.example.nl, or
   * bouwbedrijftebrake-ulft when taken.
   */
  String forName(String name, String town) {
    String plain = slug(name);
    String candidate = plain;
    if (taken.contains(candidate)) {
      candidate = plain + "-" + slug(town);
    }
    String base = candidate;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base + "-" + n;
    }
    taken.add(candidate);
    return candidate + ".example.nl";
  }

  /** Lower-case ASCII letters and digits only: accents dropped, spaces and punctuation removed. */
  static String slug(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
