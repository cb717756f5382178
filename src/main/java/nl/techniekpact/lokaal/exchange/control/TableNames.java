package nl.techniekpact.lokaal.exchange.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;

/**
 * How uploaded files and sheets are matched to the four tables: by name, in any case, with or
 * without an extension, in English (the format's names), Dutch or German.
 */
final class TableNames {

  /** The tables' names in Dutch and German too, as organisers name their sheets. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("schools", EditionFiles.SCHOOLS),
          Map.entry("scholen", EditionFiles.SCHOOLS),
          Map.entry("schulen", EditionFiles.SCHOOLS),
          Map.entry("companies", EditionFiles.COMPANIES),
          Map.entry("bedrijven", EditionFiles.COMPANIES),
          Map.entry("unternehmen", EditionFiles.COMPANIES),
          Map.entry("slots", EditionFiles.SLOTS),
          Map.entry("tijdsloten", EditionFiles.SLOTS),
          Map.entry("zeitfenster", EditionFiles.SLOTS),
          Map.entry("groups", EditionFiles.GROUPS),
          Map.entry("groepen", EditionFiles.GROUPS),
          Map.entry("gruppen", EditionFiles.GROUPS));

  private TableNames() {}

  /** The table a file or sheet name stands for, or null. */
  static String of(String name) {
    String base = name.strip().toLowerCase(Locale.ROOT);
    for (String extension : List.of(".csv", ".xlsx", ".xls", ".txt")) {
      if (base.endsWith(extension)) {
        base = base.substring(0, base.length() - extension.length());
        break;
      }
    }
    return NAMES.get(base);
  }
}
