package nl.techniekpact.lokaal.monitor.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.control.Table;
import nl.techniekpact.lokaal.exchange.control.TableSource;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/**
 * The register's columns under the names organisers' spreadsheets give them: DUO's open register of
 * school locations (VESTIGINGSCODE, BRIN NUMMER, VESTIGINGSNAAM, GEMEENTENAAM...), or plain Dutch,
 * English or German words. The header is read as the canonical names; errors name the column as the
 * file's own header does.
 */
final class RegisterColumns implements TableSource {

  static final String CODE = "code";
  static final String BRIN = "brin";
  static final String LOCATION = "location";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String STREET = "street";
  static final String NUMBER = "number";
  static final String POSTCODE = "postcode";
  static final String TOWN = "town";
  static final String MUNICIPALITY = "municipality";

  /** Required besides the school's code, which is one column or two. */
  static final List<String> REQUIRED = List.of(NAME, KIND, POSTCODE, TOWN, MUNICIPALITY);

  /** Per column the names it goes by, best first: DUO's name wins over a looser one. */
  private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

  static {
    ALIASES.put(
        CODE,
        List.of(
            "code",
            "vestigingscode",
            "brinvestiging",
            "brinvestigingsnummer",
            "schoolid",
            "schoolcode",
            "brincode",
            "schulnummer"));
    ALIASES.put(BRIN, List.of("brin", "brinnummer", "brinnr", "instellingscode"));
    ALIASES.put(
        LOCATION,
        List.of(
            "vestigingsnummer",
            "vestiging",
            "vestigingnummer",
            "vestnr",
            "location",
            "locationnumber",
            "locatie",
            "standort",
            "standortnummer"));
    ALIASES.put(
        NAME,
        List.of(
            "name",
            "naam",
            "vestigingsnaam",
            "schoolnaam",
            "schoolname",
            "schulname",
            "instellingsnaam"));
    ALIASES.put(
        KIND,
        List.of(
            "kind",
            "soort",
            "soortpo",
            "soortonderwijs",
            "onderwijssoort",
            "schoolsoort",
            "schooltype",
            "type",
            "sector",
            "schulart",
            "schulform",
            "onderwijsstructuur"));
    ALIASES.put(STREET, List.of("street", "straat", "straatnaam", "strasse", "adres", "address"));
    ALIASES.put(
        NUMBER,
        List.of(
            "huisnummertoevoeging", "huisnummer", "nummer", "number", "housenumber", "hausnummer"));
    ALIASES.put(
        POSTCODE, List.of("postcode", "postalcode", "zipcode", "zip", "postleitzahl", "plz"));
    ALIASES.put(
        TOWN,
        List.of("town", "plaats", "plaatsnaam", "woonplaats", "city", "place", "ort", "stadt"));
    ALIASES.put(MUNICIPALITY, List.of("municipality", "gemeente", "gemeentenaam", "gemeinde"));
  }

  private final TableSource source;

  /** Canonical name to the name in the file's header, once the header was read. */
  private final Map<String, String> original = new HashMap<>();

  RegisterColumns(TableSource source) {
    this.source = source;
  }

  @Override
  public String label() {
    return source.label();
  }

  @Override
  public Cursor open(List<RowError> errors) {
    Cursor cursor = source.open(errors);
    return new Cursor() {
      private boolean headerSeen;

      @Override
      public Table.Row next() {
        Table.Row row = cursor.next();
        if (row == null || headerSeen || row.blank()) {
          return row;
        }
        headerSeen = true;
        return new Table.Row(row.line(), canonical(row.cells()), row.wellFormed());
      }

      @Override
      public boolean complete() {
        return cursor.complete();
      }

      @Override
      public void close() {
        cursor.close();
      }
    };
  }

  /** The header with each column's canonical name where one fits; other columns stay as named. */
  private List<String> canonical(List<String> header) {
    List<String> names = new ArrayList<>(header);
    for (var column : ALIASES.entrySet()) {
      int best = -1;
      int rank = Integer.MAX_VALUE;
      for (int i = 0; i < header.size(); i++) {
        int at = column.getValue().indexOf(normalised(header.get(i)));
        if (at >= 0 && at < rank && !original.containsValue(header.get(i).strip())) {
          best = i;
          rank = at;
        }
      }
      if (best >= 0) {
        original.put(column.getKey(), header.get(best).strip());
        names.set(best, column.getKey());
      }
    }
    return names;
  }

  /** Lower case letters and digits only: "BRIN NUMMER", "brin_nummer" and "Brinnummer" match. */
  static String normalised(String name) {
    String plain = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD);
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The error as the file names the column: DUO's GEMEENTENAAM rather than municipality. */
  RowError named(RowError error) {
    String column = error.column();
    String key = error.key();
    List<Object> args = new ArrayList<>(error.args());
    if ("header.lacks".equals(key) && !args.isEmpty() && ALIASES.containsKey(args.get(0))) {
      args.set(0, hint(String.valueOf(args.get(0))));
      return new RowError(error.file(), error.line(), column, key, args);
    }
    if (column == null || !original.containsKey(column)) {
      return error;
    }
    String named = original.get(column);
    if (!args.isEmpty() && column.equals(args.get(0))) {
      args.set(0, named);
    }
    return new RowError(error.file(), error.line(), named, key, args);
  }

  /** A missing column by the names that would do: "municipality / gemeente / gemeentenaam". */
  private static String hint(String column) {
    if (column.equals(CODE)) {
      return "code / vestigingscode / brin + vestigingsnummer";
    }
    return String.join(" / ", ALIASES.get(column).subList(0, 3));
  }
}
