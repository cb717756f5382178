package nl.techniekpact.lokaal.exchange.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The files of one upload, spooled to a private temporary folder so that nothing is held in memory
 * whole: a zip of CSV or .xlsx files, one workbook with a sheet per file, or the files themselves.
 * Each of the four interchange tables is found by name (schools, companies, slots, groups, with or
 * without .csv or .xlsx, in any case); what is neither is listed as ignored.
 */
public final class Upload implements AutoCloseable {

  /**
   * Far above any real edition (the national sample is a few MB), far below what hurts the server.
   */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The name of a request body that is the whole upload. */
  private static final String BODY = "upload";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final Path folder;
  private final Map<String, TableSource> tables = new LinkedHashMap<>();
  private final Map<String, Boolean> sheets = new LinkedHashMap<>();
  private final List<String> ignored = new ArrayList<>();
  private final List<ReadableWorkbook> books = new ArrayList<>();
  private final List<RowError> problems = new ArrayList<>();
  private final java.util.Set<String> unreadable = new java.util.HashSet<>();

  /** When set, the one table every file stands for, whatever its name: see {@link #ofOneTable}. */
  private final String only;

  private long spooled;
  private int count;

  private Upload() {
    this(null);
  }

  private Upload(String only) {
    this.only = only;
    try {
      folder = Files.createTempDirectory("lokaal-upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary folder for an upload", e);
    }
  }

  /** One request body: a zip archive or an .xlsx workbook. */
  public static Upload of(InputStream body) {
    return of(Map.of(BODY, body));
  }

  /**
   * Files by the name they had on the user's computer; each may be a CSV file, a workbook or a zip.
   * Every stream is read to its end here.
   */
  public static Upload of(Map<String, InputStream> files) {
    return read(new Upload(), files);
  }

  /**
   * Files that each hold the one table {@code table}, whatever they are called: CSV files, and the
   * first sheet of each workbook (a zip may hold either). For uploads of a single list, such as a
   * region's register of schools.
   */
  public static Upload ofOneTable(String table, Map<String, InputStream> files) {
    return read(new Upload(table), files);
  }

  private static Upload read(Upload upload, Map<String, InputStream> files) {
    try {
      for (var file : files.entrySet()) {
        upload.add(file.getKey(), upload.spool(file.getValue()), true);
      }
    } catch (RuntimeException e) {
      upload.close();
      throw e;
    }
    return upload;
  }

  /** The interchange table of that name ({@link EditionFiles#FILE_NAMES}), if supplied. */
  public Optional<TableSource> table(String file) {
    return Optional.ofNullable(tables.get(file));
  }

  /** True when the table comes from a sheet: rows then end at their last filled cell. */
  public boolean isSheet(String file) {
    return sheets.getOrDefault(file, false);
  }

  /** Files and sheets that are none of the four tables, by name. */
  public List<String> ignored() {
    return List.copyOf(ignored);
  }

  /** True when a file for that table came but could not be read: it is not missing, too. */
  boolean unreadable(String file) {
    return unreadable.contains(file);
  }

  /** Files that could not be read at all, one error each. */
  public List<RowError> problems() {
    return List.copyOf(problems);
  }

  private Path spool(InputStream in) {
    Path file = folder.resolve("file-" + count++);
    try (in;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        spooled += n;
        if (spooled > MAX_BYTES) {
          throw rejected("upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw rejected("upload.notReceived");
    }
    return file;
  }

  /** {@code outer}: a file of the upload itself, which may be a zip of files. */
  private void add(String path, Path file, boolean outer) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    byte[] start = start(file);
    if (startsWith(start, ZIP)) {
      if (isWorkbook(file)) {
        addWorkbook(name, file);
      } else if (outer) {
        unpack(name, file);
      } else {
        problems.add(RowError.of(name, 0, null, "upload.nestedZip"));
      }
    } else if (startsWith(start, OLE)) {
      markUnreadable(name);
      problems.add(RowError.of(name, 0, null, "upload.oldExcel"));
    } else {
      String table = only != null ? only : TableNames.of(name);
      if (table == null && path.equals(BODY)) {
        throw rejected("upload.notZipOrWorkbook");
      }
      if (table == null) {
        ignored.add(name);
      } else if (isImageOrPdf(start)) {
        markUnreadable(name);
        problems.add(RowError.of(name, 0, null, TableSource.NOT_A_TABLE));
      } else {
        put(table, new CsvSource(name, file), false);
      }
    }
  }

  private void addWorkbook(String name, Path file) {
    ReadableWorkbook book = SheetSource.openWorkbook(file).orElse(null);
    if (book == null) {
      markUnreadable(name);
      problems.add(RowError.of(name, 0, null, TableSource.NOT_A_TABLE));
      return;
    }
    books.add(book);
    String named = only != null ? only : TableNames.of(name);
    if (named != null) {
      put(named, new SheetSource(name, book.getFirstSheet()), true);
      return;
    }
    int found = 0;
    for (Sheet sheet : book.getSheets().toList()) {
      String table = TableNames.of(sheet.getName());
      if (table == null) {
        ignored.add(name + " › " + sheet.getName());
      } else {
        put(table, new SheetSource(sheet.getName(), sheet), true);
        found++;
      }
    }
    if (found == 0) {
      problems.add(RowError.of(name, 0, null, "upload.noSheets"));
    }
  }

  /** A file that could not be read stands for its table, or, unnamed, for the whole edition. */
  private void markUnreadable(String name) {
    String table = only != null ? only : TableNames.of(name);
    if (table == null) {
      unreadable.addAll(EditionFiles.FILE_NAMES);
    } else {
      unreadable.add(table);
    }
  }

  private void put(String table, TableSource source, boolean sheet) {
    TableSource before = tables.putIfAbsent(table, source);
    if (before != null) {
      problems.add(
          RowError.of(
              source.label(), 0, null, "upload.twice", table, before.label(), source.label()));
    }
    sheets.putIfAbsent(table, sheet);
  }

  /** The archive's files, by their base name; folders and hidden files (__MACOSX) are skipped. */
  private void unpack(String name, Path archive) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String entryName = entry.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (entry.isDirectory() || base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
          continue;
        }
        add(entryName, spool(new UnclosedStream(in)), false);
      }
    } catch (IOException e) {
      throw rejected("upload.unreadableZip", name);
    }
    if (tables.isEmpty() && problems.isEmpty()) {
      throw rejected("upload.noTables");
    }
  }

  private static boolean isWorkbook(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("xl/workbook.xml") != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] start(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PDF, PNG, JPEG and GIF files, which may hold no zero byte that would tell them from text. */
  private static boolean isImageOrPdf(byte[] start) {
    String magic = new String(start, StandardCharsets.ISO_8859_1);
    return magic.startsWith("%PDF")
        || magic.startsWith("\u0089PNG")
        || magic.startsWith("\u00FF\u00D8\u00FF")
        || magic.startsWith("GIF8");
  }

  private static boolean startsWith(byte[] start, byte[] magic) {
    if (start.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (start[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static ImportRejectedException rejected(String key, Object... args) {
    return ImportRejectedException.because(key, args);
  }

  /** Closes the workbooks and deletes the spooled files. */
  @Override
  public void close() {
    for (ReadableWorkbook book : books) {
      try {
        book.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(Upload::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip entry's stream, which spooling must not close: the archive goes on after it. */
  private static final class UnclosedStream extends java.io.FilterInputStream {
    UnclosedStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
