package nl.techniekpact.lokaal.exchange.control;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel and LibreOffice save it, detected without asking: UTF-8 with or without byte
 * order mark, or Windows-1252 (Excel's "CSV" in a Dutch locale); comma, semicolon or tab between
 * cells, whichever the header line uses.
 */
final class CsvSource implements TableSource {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int SNIFF_BYTES = 64 * 1024;

  private final String label;
  private final Path file;

  CsvSource(String label, Path file) {
    this.label = label;
    this.file = file;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Cursor open(List<RowError> errors) {
    try {
      Encoding encoding = Encoding.of(file);
      if (encoding.binary()) {
        errors.add(RowError.of(label, 0, null, NOT_A_TABLE));
        return TableSource.nothing(false);
      }
      if (encoding.mixedFromLine() > 0) {
        errors.add(RowError.of(label, encoding.mixedFromLine(), null, "file.mixedEncoding"));
        return TableSource.nothing(false);
      }
      InputStream in = new BufferedInputStream(Files.newInputStream(file));
      in.skipNBytes(encoding.bom());
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
      char delimiter = delimiter(reader);
      CSVParser parser =
          CSVParser.parse(reader, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
      return new Records(parser, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("reading an uploaded file from its temporary folder", e);
    }
  }

  /** The separator the header line uses most: ',' (the interchange format), ';' or tab. */
  private static char delimiter(BufferedReader reader) throws IOException {
    reader.mark(SNIFF_BYTES);
    char[] start = new char[SNIFF_BYTES];
    int length = Math.max(0, reader.read(start, 0, SNIFF_BYTES));
    reader.reset();
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < length && (quoted || start[i] != '\n' && start[i] != '\r'); i++) {
      switch (start[i]) {
        case '"' -> quoted = !quoted;
        case ',' -> commas += quoted ? 0 : 1;
        case ';' -> semicolons += quoted ? 0 : 1;
        case '\t' -> tabs += quoted ? 0 : 1;
        default -> {}
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** Reads records up to the end or the first unreadable one, which is reported. */
  private final class Records implements Cursor {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<RowError> errors;
    private boolean complete = true;

    Records(CSVParser parser, List<RowError> errors) {
      this.parser = parser;
      this.records = parser.iterator();
      this.errors = errors;
    }

    @Override
    public Table.Row next() {
      long line = parser.getCurrentLineNumber() + 1;
      try {
        if (!complete || !records.hasNext()) {
          return null;
        }
        CSVRecord record = records.next();
        return new Table.Row((int) line, record.toList(), true);
      } catch (UncheckedIOException e) {
        complete = false;
        errors.add(RowError.of(label, (int) line, null, "file.notCsvFromHere"));
        return null;
      }
    }

    @Override
    public boolean complete() {
      return complete;
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * What one pass over the bytes tells: a byte order mark to skip, UTF-8 or Windows-1252, binary
   * content (a zero byte, as no text file has), or UTF-8 mixed with other bytes (a line > 0).
   */
  record Encoding(int bom, Charset charset, boolean binary, int mixedFromLine) {

    static Encoding of(Path file) throws IOException {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        byte[] first = in.readNBytes(3);
        int bom =
            first.length == 3
                    && first[0] == (byte) 0xEF
                    && first[1] == (byte) 0xBB
                    && first[2] == (byte) 0xBF
                ? 3
                : 0;
        Scan scan = new Scan();
        for (int i = bom; i < first.length; i++) {
          scan.accept(first[i] & 0xFF);
        }
        for (int b = in.read(); b >= 0 && !scan.zero; b = in.read()) {
          scan.accept(b);
        }
        scan.end();
        if (scan.zero) {
          return new Encoding(bom, StandardCharsets.UTF_8, true, 0);
        }
        if (scan.invalid == 0 || bom == 3) {
          return new Encoding(
              bom, StandardCharsets.UTF_8, false, scan.invalid == 0 ? 0 : scan.firstInvalidLine);
        }
        if (scan.multiByte > 0) {
          return new Encoding(bom, StandardCharsets.UTF_8, false, scan.firstInvalidLine);
        }
        return new Encoding(0, WINDOWS_1252, false, 0);
      }
    }
  }

  /** Counts well-formed UTF-8 multi-byte sequences and bytes that cannot be UTF-8. */
  private static final class Scan {
    int multiByte;
    int invalid;
    int firstInvalidLine;
    boolean zero;
    private int line = 1;
    private int pending;

    void accept(int b) {
      if (b == 0) {
        zero = true;
      }
      if (pending > 0) {
        if ((b & 0xC0) == 0x80) {
          if (--pending == 0) {
            multiByte++;
          }
          return;
        }
        invalid();
        pending = 0;
      }
      if (b == '\n') {
        line++;
      } else if (b >= 0x80) {
        if (b >= 0xC2 && b <= 0xDF) {
          pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          pending = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
          pending = 3;
        } else {
          invalid();
        }
      }
    }

    void end() {
      if (pending > 0) {
        invalid();
      }
    }

    private void invalid() {
      if (invalid++ == 0) {
        firstInvalidLine = line;
      }
    }
  }
}
