package nl.techniekpact.lokaal.exchange.entity;

import java.util.List;

/** An import refused as a whole, with every reason found; nothing was written. */
public class ImportRejectedException extends RuntimeException {

  private final List<RowError> errors;

  public ImportRejectedException(List<RowError> errors) {
    super(errors.size() + " error(s) in the import; nothing was changed");
    this.errors = List.copyOf(errors);
  }

  /** The import refused for one reason that concerns no file in particular. */
  public static ImportRejectedException because(String key, Object... args) {
    return new ImportRejectedException(List.of(RowError.of(null, 0, null, key, args)));
  }

  public List<RowError> errors() {
    return errors;
  }
}
