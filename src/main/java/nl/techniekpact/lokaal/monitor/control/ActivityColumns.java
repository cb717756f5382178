package nl.techniekpact.lokaal.monitor.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.control.Table;
import nl.techniekpact.lokaal.exchange.control.TableSource;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/**
 * The columns of an activities file, whose header may name them in English, Dutch or German: the
 * header is read as the English names, so that the exchange readers find them.
 */
final class ActivityColumns implements TableSource {

  static final String NAME = "name";
  static final String KIND = "kind";
  static final String DATE = "date";
  static final String SCHOOL = "school";
  static final String GROUPS = "groups";
  static final String PUPILS = "pupils";
  static final String LEVEL = "level";

  static final List<String> REQUIRED = List.of(NAME, KIND, DATE, SCHOOL, GROUPS, PUPILS);

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("naam", NAME),
          Map.entry("activiteit", NAME),
          Map.entry("activity", NAME),
          Map.entry("aktivität", NAME),
          Map.entry("soort", KIND),
          Map.entry("art", KIND),
          Map.entry("datum", DATE),
          Map.entry("brin", SCHOOL),
          Map.entry("brin+vestiging", SCHOOL),
          Map.entry("brin + vestiging", SCHOOL),
          Map.entry("vestiging", SCHOOL),
          Map.entry("schule", SCHOOL),
          Map.entry("groepen", GROUPS),
          Map.entry("gruppen", GROUPS),
          Map.entry("klassen", GROUPS),
          Map.entry("leerlingen", PUPILS),
          Map.entry("schüler", PUPILS),
          Map.entry("schueler", PUPILS),
          Map.entry("niveau", LEVEL),
          Map.entry("leerjaar", LEVEL),
          Map.entry("stufe", LEVEL));

  private final TableSource source;

  ActivityColumns(TableSource source) {
    this.source = source;
  }

  /** The column's own name for a header cell: English, Dutch or German, in any case. */
  static String canonical(String header) {
    String plain = header.strip().toLowerCase(Locale.ROOT);
    return ALIASES.getOrDefault(plain, plain);
  }

  @Override
  public String label() {
    return source.label();
  }

  @Override
  public Cursor open(List<RowError> errors) {
    Cursor cursor = source.open(errors);
    return new Cursor() {
      private boolean header = true;

      @Override
      public Table.Row next() {
        Table.Row row = cursor.next();
        if (row == null || !header || row.blank()) {
          return row;
        }
        header = false;
        List<String> names = new ArrayList<>();
        row.cells().forEach(cell -> names.add(canonical(cell)));
        return new Table.Row(row.line(), names, row.wellFormed());
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
}
