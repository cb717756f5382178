package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Town;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/** Invents the schools of an edition: named, placed in towns, with a BRIN code each. */
final class SchoolGenerator {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /**
   * After this many clashing draws a school is named after its town instead, which is always free.
   */
  private static final int NAME_ATTEMPTS = 25;

  private static final int[] DENOMINATION_WEIGHTS =
      NameLists.PRIMARY.stream().mapToInt(NameLists.Denomination::weight).toArray();

  private final TownPicker towns;
  private final SplittableRandom random;
  private final Domains domains = new Domains();
  private final Set<String> brinCodes = new HashSet<>();
  private final Set<String> namesInTowns = new HashSet<>();

  SchoolGenerator(TownPicker towns, SplittableRandom random) {
    this.towns = towns;
    this.random = random;
  }

  /** The schools, primary first as drawn, then listed by school id. */
  List<SchoolRow> generate(int primary, int secondary) {
    List<SchoolRow> drafts = new ArrayList<>(primary + secondary);
    for (int i = 0; i < primary + secondary; i++) {
      SchoolKind kind = i < primary ? SchoolKind.PO : SchoolKind.VO;
      Town town = kind == SchoolKind.PO ? towns.bySize(random) : towns.forSecondarySchool(random);
      String name = uniqueName(kind, town, i + 1);
      GeoPoint location = Places.inTown(town, random);
      String email = "info@" + domains.forName(name, town.name());
      String postcode = Places.postcodeIn(town, random);
      drafts.add(new SchoolRow(0, schoolId(), name, town.name(), postcode, kind, location, email));
    }
    drafts.sort(Comparator.comparing(s -> s.id().value()));
    List<SchoolRow> numbered = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      SchoolRow s = drafts.get(i);
      numbered.add(
          new SchoolRow(
              i + 2,
              s.id(),
              s.name(),
              s.town(),
              s.postcode(),
              s.kind(),
              s.location(),
              s.contactEmail()));
    }
    return numbered;
  }

  /** Two towns may each have a "CBS De Regenboog", as in reality; one town has it only once. */
  private String uniqueName(SchoolKind kind, Town town, int ordinal) {
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      String name = kind == SchoolKind.PO ? primaryName() : secondaryName();
      if (namesInTowns.add(town.name() + "|" + name)) {
        return name;
      }
    }
    String fallback =
        (kind == SchoolKind.PO ? "Basisschool " : "Scholengemeenschap ")
            + town.name()
            + " "
            + ordinal;
    namesInTowns.add(town.name() + "|" + fallback);
    return fallback;
  }

  private String primaryName() {
    NameLists.Denomination denomination =
        NameLists.PRIMARY.get(Draw.weighted(random, DENOMINATION_WEIGHTS));
    return Draw.one(random, denomination.prefixes()) + " " + Draw.one(random, denomination.names());
  }

  private String secondaryName() {
    String pattern = Draw.one(random, NameLists.SECONDARY_PATTERNS);
    return String.format(Locale.ROOT, pattern, Draw.one(random, NameLists.SECONDARY_NAMES));
  }

  /**
   * Two digits and two letters, unique; most schools are their BRIN's main location 00, some a
   * second one 01.
   */
  private SchoolId schoolId() {
    String brin;
    do {
      char first = LETTERS.charAt(random.nextInt(LETTERS.length()));
      char second = LETTERS.charAt(random.nextInt(LETTERS.length()));
      brin = String.format(Locale.ROOT, "%02d%c%c", random.nextInt(100), first, second);
    } while (!brinCodes.add(brin));
    String location = random.nextInt(10) == 0 ? "01" : "00";
    return SchoolId.parse(brin + location, "school_id");
  }
}
