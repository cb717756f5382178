package nl.techniekpact.lokaal.exchange.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;

/** The files of an upload form, by name, as the organisers' pages send them. */
public final class FormFiles {

  private FormFiles() {}

  /** Every part that is a file, by its file name; a form without any is refused. */
  public static Map<String, InputStream> of(List<EntityPart> parts) {
    Map<String, InputStream> files = new LinkedHashMap<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      part.getFileName().ifPresent(name -> files.put(name, part.getContent()));
    }
    if (files.isEmpty()) {
      throw new ImportRejectedException(
          List.of(RowError.of(null, 0, "file", "upload.chooseFiles")));
    }
    return files;
  }
}
