package nl.techniekpact.lokaal.exchange.control;

import java.io.Closeable;
import java.util.List;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/** Where one interchange table comes from: a CSV file, or one sheet of a workbook. */
public interface TableSource {

  /** The one error for a file that holds no table at all. */
  String NOT_A_TABLE = "file.notATable";

  /** The name errors give the table: the file name, or the sheet's name. */
  String label();

  /**
   * Opens the rows for one pass; the first row is the header. A file that cannot be read at all
   * gets one error here and yields no rows.
   */
  Cursor open(List<RowError> errors);

  /** Rows as text cells, in file order, each with the line (or sheet row) it starts on. */
  public interface Cursor extends Closeable {

    /** The next row, or null at the end or where the file stops being readable (reported). */
    Table.Row next();

    /** False when reading stopped before the end of the file. */
    boolean complete();

    @Override
    void close();
  }

  /** A cursor over nothing: a file that is missing or could not be opened. */
  static Cursor nothing(boolean complete) {
    return new Cursor() {
      @Override
      public Table.Row next() {
        return null;
      }

      @Override
      public boolean complete() {
        return complete;
      }

      @Override
      public void close() {}
    };
  }
}
