package nl.techniekpact.lokaal.exchange.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;

/** The four interchange files travel as one zip archive; folders inside it are ignored. */
public final class ZipArchive {

  /**
   * Far above any real edition (the national sample is a few MB), far below what hurts the server.
   */
  static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

  private static final long EPOCH = java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

  private ZipArchive() {}

  /**
   * The archive's files by their base name; an archive that is not a zip, or too large, is refused.
   */
  public static Map<String, byte[]> unpack(InputStream zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(zip)) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > MAX_UNPACKED_BYTES) {
            throw rejected("upload.unpacksTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
          }
          content.write(buffer, 0, n);
        }
        files.put(name, content.toByteArray());
      }
    } catch (IOException e) {
      throw rejected("upload.notZip");
    }
    if (files.isEmpty()) {
      throw rejected("upload.noTables");
    }
    return files;
  }

  public static byte[] pack(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        // A fixed time: the same edition always exports to the same bytes.
        entry.setTime(EPOCH);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ImportRejectedException rejected(String key, Object... args) {
    return ImportRejectedException.because(key, args);
  }
}
