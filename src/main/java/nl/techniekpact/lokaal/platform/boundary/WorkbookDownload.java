package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import nl.techniekpact.lokaal.platform.control.Workbooks;

/**
 * An .xlsx workbook as a file to download, written straight to the response. The rows are read
 * before (inside the resource's transaction); only the writing happens after it.
 */
public final class WorkbookDownload {

  private WorkbookDownload() {}

  public static Response attachment(String fileName, List<Workbooks.Sheet<?>> sheets) {
    StreamingOutput body = out -> Workbooks.write(out, sheets);
    return Response.ok(body, Workbooks.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  public static Response attachment(String fileName, Workbooks.Sheet<?> sheet) {
    return attachment(fileName, List.of(sheet));
  }
}
