package nl.techniekpact.lokaal.exchange.control;

import java.util.HashMap;
import java.util.Map;

/** The ids of one file's id column: finds duplicates and tells other files which ids exist. */
final class IdIndex {

  private final String column;
  private final Map<String, Integer> firstLines = new HashMap<>();
  private boolean complete = true;

  IdIndex(String column) {
    this.column = column;
  }

  /** False, with an error on the row, when the id was seen before. */
  boolean register(String id, Cells cells) {
    Integer first = firstLines.putIfAbsent(id, cells.line());
    if (first != null) {
      cells.reject(column, "cell.duplicate", id, first);
      return false;
    }
    return true;
  }

  /** After a file that is missing or unreadable, no reference to it can be called unknown. */
  void markIncomplete() {
    complete = false;
  }

  /**
   * True only when the id is surely absent, so a broken file does not flood other files with
   * errors.
   */
  boolean lacks(String id) {
    return complete && !firstLines.containsKey(id);
  }
}
