package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.platform.control.Towns;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * The demo region's register of schools, as DUO would list it: every school that signed up for an
 * edition, with the same BRIN + location, and as many again that never signed up, a few of them
 * special education.
 */
final class DemoRegister {

  /** The municipality of each Achterhoek town of the town table. */
  static final Map<String, String> MUNICIPALITIES =
      Map.ofEntries(
          Map.entry("Aalten", "Aalten"),
          Map.entry("Dinxperlo", "Aalten"),
          Map.entry("Barchem", "Lochem"),
          Map.entry("Laren (Gld)", "Lochem"),
          Map.entry("Lochem", "Lochem"),
          Map.entry("Beltrum", "Berkelland"),
          Map.entry("Borculo", "Berkelland"),
          Map.entry("Eibergen", "Berkelland"),
          Map.entry("Neede", "Berkelland"),
          Map.entry("Ruurlo", "Berkelland"),
          Map.entry("Groenlo", "Oost Gelre"),
          Map.entry("Lichtenvoorde", "Oost Gelre"),
          Map.entry("Hengelo (Gld)", "Bronckhorst"),
          Map.entry("Hummelo", "Bronckhorst"),
          Map.entry("Keijenborg", "Bronckhorst"),
          Map.entry("Steenderen", "Bronckhorst"),
          Map.entry("Vorden", "Bronckhorst"),
          Map.entry("Zelhem", "Bronckhorst"),
          Map.entry("Doetinchem", "Doetinchem"),
          Map.entry("Gaanderen", "Doetinchem"),
          Map.entry("Wehl", "Doetinchem"),
          Map.entry("Gendringen", "Oude IJsselstreek"),
          Map.entry("Silvolde", "Oude IJsselstreek"),
          Map.entry("Terborg", "Oude IJsselstreek"),
          Map.entry("Ulft", "Oude IJsselstreek"),
          Map.entry("Varsseveld", "Oude IJsselstreek"),
          Map.entry("'s-Heerenberg", "Montferland"),
          Map.entry("Zeddam", "Montferland"),
          Map.entry("Winterswijk", "Winterswijk"));

  private static final List<String> SPECIAL_NAMES =
      List.of(
          "SBO De Piramide",
          "SO De Ruimte",
          "SBO Het Mozaïek",
          "SO De Brug",
          "SBO De Zonnewijzer",
          "SO Het Kompas",
          "SBO De Vlinder",
          "SO De Linde");

  private DemoRegister() {}

  /**
   * The signed-up schools first, then invented ones up to {@code size}: about one in eight of those
   * secondary and {@code special} of them special education.
   */
  static List<RegisterSchool> of(
      Region region, List<School> signedUp, int size, int special, SplittableRandom random) {
    List<RegisterSchool> register = new ArrayList<>(size);
    Set<String> codes = new HashSet<>();
    for (School s : signedUp) {
      codes.add(s.code().value());
      register.add(
          new RegisterSchool(
              region, s.code(), s.name(), s.kind(), s.address(), municipality(s.address().town())));
    }
    int wanted = size - register.size();
    int secondary = wanted / 8;
    // A few more than needed, since an invented code may be one of a signed-up school.
    List<SchoolRow> invented =
        new SchoolGenerator(
                new TownPicker(
                    new Area.TownTable(List.of(region.code())).towns(Towns.standard(), random),
                    random),
                random)
            .generate(wanted - secondary + 10, secondary);
    int specials = 0;
    for (SchoolRow row : invented) {
      if (register.size() == size) {
        break;
      }
      if (!codes.add(row.id().value())) {
        continue;
      }
      boolean isSpecial =
          row.kind() == SchoolKind.PO && specials < special && random.nextInt(6) == 0;
      String name = isSpecial ? SPECIAL_NAMES.get(specials++ % SPECIAL_NAMES.size()) : row.name();
      register.add(
          new RegisterSchool(
              region,
              row.id(),
              name,
              isSpecial ? SchoolKind.SO : row.kind(),
              new Address(null, row.postcode(), row.town()),
              municipality(row.town())));
    }
    return register;
  }

  static String municipality(String town) {
    return MUNICIPALITIES.getOrDefault(town, town);
  }
}
