package nl.techniekpact.lokaal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells of exported CSV files that a spreadsheet opens as text, never as a formula. */
class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+SUM(A1:A9)",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1"
      })
  void aCellStartingAFormulaGetsALeadingApostrophe(String cell) {
    assertEquals("'" + cell, CsvCells.defuse(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0.5", "+3", "-0.123456789", "27"})
  void aPlainNumberStaysANumber(String cell) {
    assertEquals(cell, CsvCells.defuse(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1e5", "+31 6 12345678", "-", "+", "-5-5", "-.5"})
  void aCellThatOnlyStartsLikeANumberIsStillDefused(String cell) {
    assertEquals("'" + cell, CsvCells.defuse(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Juf Jansen", "'s-Heerenberg", "'t Klokhuis", "a=b", "'-5", "'"})
  void otherTextStaysAsItIs(String cell) {
    assertEquals(cell, CsvCells.defuse(cell));
  }

  @Test
  void anEmptyCellStaysEmpty() {
    assertNull(CsvCells.defuse(null));
    assertNull(CsvCells.restore(null));
  }

  @Test
  void apostrophesBeforeAFormulaGetOneMoreSoThatReadingBackKeepsThem() {
    assertEquals("''=1+1", CsvCells.defuse("'=1+1"));
    assertEquals("'''@x", CsvCells.defuse("''@x"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "-2+3",
        "\t=1+1",
        "'=1+1",
        "''@x",
        "-5",
        "'-5",
        "'s-Heerenberg",
        "'",
        "''",
        "Juf Jansen",
        ""
      })
  void restoreReadsBackEveryDefusedCellUnchanged(String cell) {
    assertEquals(cell, CsvCells.restore(CsvCells.defuse(cell)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'s-Heerenberg", "'t Klokhuis", "'-5", "'", "'Juf"})
  void restoreLeavesAnApostropheThatDefuseDidNotAdd(String cell) {
    assertEquals(cell, CsvCells.restore(cell));
  }

  @Test
  void printRecordDefusesEveryCellAndWritesOtherValuesAsText() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.printRecord(printer, "=1+1", 24, -5, null, "@x");
    }
    assertEquals("'=1+1,24,-5,,'@x\r\n", out.toString());
  }
}
