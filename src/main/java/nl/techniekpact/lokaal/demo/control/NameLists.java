package nl.techniekpact.lokaal.demo.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The words invented names are built from. They follow how schools and firms in the east of
 * Gelderland are called, but combine freely, so no name belongs to a real school or firm on
 * purpose.
 */
final class NameLists {

  private NameLists() {}

  /** A primary school's denomination decides both its prefix and the kind of name it carries. */
  record Denomination(int weight, List<String> prefixes, List<String> names) {}

  static final List<Denomination> PRIMARY =
      List.of(
          new Denomination(
              45,
              List.of("Basisschool", "OBS", "IKC", "Openbare Basisschool"),
              List.of(
                  "De Regenboog",
                  "Het Kompas",
                  "De Vlinder",
                  "De Zonnewijzer",
                  "Het Palet",
                  "De Bongerd",
                  "De Esch",
                  "De Horst",
                  "De Wieken",
                  "De Klimop",
                  "De Kameleon",
                  "Het Drieluik",
                  "De Springplank",
                  "De Toverfluit",
                  "De Linde",
                  "De Vlier",
                  "Het Hoge Veld",
                  "De Bolster",
                  "De Driesprong",
                  "De Meander",
                  "De Piramide",
                  "De Triangel",
                  "De Sterrenkijker",
                  "'t Kempke",
                  "Het Baken",
                  "De Uilenhorst",
                  "De Slinge",
                  "Het Timpaan",
                  "De Wilgenhoek",
                  "De Hoge Es")),
          new Denomination(
              30,
              List.of("CBS", "PCBS", "Christelijke Basisschool"),
              List.of(
                  "De Wegwijzer",
                  "De Ark",
                  "Het Mosterdzaadje",
                  "De Fontein",
                  "De Schakel",
                  "Koningin Juliana",
                  "Prinses Beatrix",
                  "De Rank",
                  "Het Talent",
                  "De Bron",
                  "De Zaaier",
                  "Het Lichtpunt",
                  "De Akker",
                  "Maranatha",
                  "Eben-Haëzer",
                  "De Morgenster")),
          new Denomination(
              25,
              List.of("RKBS", "Katholieke Basisschool", "Basisschool"),
              List.of(
                  "Sint Jozef",
                  "Sint Martinus",
                  "Sint Bernardus",
                  "Titus Brandsma",
                  "Don Bosco",
                  "Sint Caecilia",
                  "Sint Willibrordus",
                  "Sint Maria",
                  "Sint Ludger",
                  "Sint Franciscus",
                  "Sint Antonius",
                  "Sint Lambertus",
                  "Sint Pancratius")));

  static final List<String> SECONDARY_PATTERNS =
      List.of(
          "%s College",
          "%s College", "%s College", "%s Lyceum", "%s Lyceum", "Scholengemeenschap %s");

  static final List<String> SECONDARY_NAMES =
      List.of(
          "Christiaan Huygens",
          "Hendrik Lorentz",
          "Simon Stevin",
          "Aletta Jacobs",
          "Kamerlingh Onnes",
          "Hugo de Groot",
          "Johan de Witt",
          "Erasmus",
          "Spinoza",
          "Thomas a Kempis",
          "Jan van Nassau",
          "Anna van Buren",
          "Maria Montessori",
          "Berkelland",
          "IJsselvallei",
          "Oude IJssel",
          "Rijnwaarde",
          "Grensland",
          "Baakse Beek",
          "Slingewaard",
          "Montferland");

  /** A sector of the regional economy, how often it occurs, and how its firms call themselves. */
  record Sector(String code, int weight, List<String> patterns) {}

  static final List<Sector> SECTORS =
      List.of(
          new Sector(
              "metaal",
              18,
              List.of(
                  "Metaalbewerking %s",
                  "%s Metaaltechniek", "Staalbouw %s", "Plaatwerkerij %s", "%s Constructie")),
          new Sector(
              "bouw",
              14,
              List.of("Bouwbedrijf %s", "Aannemersbedrijf %s", "%s Bouwgroep", "Timmerfabriek %s")),
          new Sector(
              "installatie",
              14,
              List.of(
                  "Installatiebedrijf %s",
                  "%s Installatietechniek", "Elektrotechniek %s", "%s Klimaattechniek")),
          new Sector(
              "voeding",
              10,
              List.of(
                  "Zuivelfabriek %s",
                  "%s Vleeswaren", "Bakkerij %s", "%s Voedingsmiddelen", "Brouwerij %s")),
          new Sector(
              "logistiek",
              10,
              List.of("Transportbedrijf %s", "%s Logistiek", "%s Transport", "Expeditie %s")),
          new Sector(
              "agrotechniek",
              8,
              List.of(
                  "Loonbedrijf %s",
                  "%s Agrotechniek", "Stalinrichting %s", "Landbouwmechanisatie %s")),
          new Sector(
              "ict", 8, List.of("%s Software", "%s ICT", "%s Automatisering", "Datacentrum %s")),
          new Sector(
              "energie",
              6,
              List.of(
                  "%s Energietechniek",
                  "Zonne-energie %s", "%s Duurzame Energie", "Windenergie %s")),
          new Sector(
              "maakindustrie",
              8,
              List.of(
                  "Machinefabriek %s",
                  "%s Machinebouw",
                  "%s Kunststoftechniek",
                  "%s Precisietechniek",
                  "Meubelfabriek %s")),
          new Sector(
              "chemie",
              4,
              List.of("%s Coatings", "%s Chemie", "Lakfabriek %s", "%s Kunststoffen")));

  /** Family names common in the Achterhoek and De Liemers. */
  static final List<String> SURNAMES =
      List.of(
          "Te Brake",
          "Van der Heijden",
          "Wikkerink",
          "Ter Horst",
          "Hulshof",
          "Wolters",
          "Klein Gunnewiek",
          "Geurts",
          "Te Lintelo",
          "Heutinck",
          "Rouwhorst",
          "Nijhof",
          "Eppink",
          "Bosman",
          "Ten Have",
          "Roelofsen",
          "Oonk",
          "Lensink",
          "Bruggink",
          "Kemperman",
          "Slutter",
          "Stapelbroek",
          "Hendriksen",
          "Jansen",
          "Te Winkel",
          "Lammers",
          "Gosselink",
          "Harmsen",
          "Wentink",
          "Schepers",
          "Hoftijzer",
          "Bolk",
          "Elschot",
          "Berendsen",
          "Arendsen",
          "Huitink",
          "Kuipers",
          "Reintjes",
          "Peters",
          "Hermsen",
          "Gerritsen",
          "Evers",
          "Derksen",
          "Willemsen",
          "Kelderman",
          "Vermeulen",
          "Ebbers",
          "Tiemessen",
          "Rutjes",
          "Hakvoort",
          "Onstenk",
          "Meijerink");

  static final String INITIALS = "ABCDEGHJKLMNPRSTW";

  private static final List<String> TOWN_STARTS =
      List.of(
          "Ooster", "Wester", "Noorder", "Zuider", "Nieuw", "Oud", "Hoog", "Laag", "Groot", "Klein",
          "Berg", "Zand", "Veen", "Wold", "Hees", "Eek", "Beek", "Brug", "Dijk", "Haar", "Holt",
          "Horst", "Kerk", "Lin", "Mol", "Ros", "Steen", "Vlier", "Wijn", "Els", "Bos", "Heem",
          "Mark", "Ried", "Dal", "Lind", "Wolf", "Vos", "Ham", "Rijs", "Helm", "Schoon", "Sluis",
          "Wiel", "Hof", "Munne", "Ravens", "Eiken", "Linden", "Boek");

  private static final List<String> TOWN_ENDS =
      List.of(
          "wijk", "dorp", "veld", "broek", "hem", "loo", "voort", "dam", "horst", "beek", "rade",
          "lo", "zijl", "wolde", "hoven", "burg", "kamp", "meer", "werd", "ingen", "hout", "sel",
          "dijk", "berg", "venne", "drecht", "laar", "donk", "rode", "huizen", "sloot", "haven",
          "wier", "heim", "lare", "mond", "wouden", "schoten", "akker", "weerd");

  /** Every start combined with every end: 2,000 Dutch-sounding place names in a fixed order. */
  static List<String> inventedTownNames() {
    List<String> names = new ArrayList<>(TOWN_STARTS.size() * TOWN_ENDS.size());
    for (String start : TOWN_STARTS) {
      for (String end : TOWN_ENDS) {
        names.add(start + end);
      }
    }
    return names;
  }
}
