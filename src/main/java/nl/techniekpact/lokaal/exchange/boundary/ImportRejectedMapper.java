package nl.techniekpact.lokaal.exchange.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;

/** A refused import: 400 with every error as file, line, column and reason. */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;

  @Override
  public Response toResponse(ImportRejectedException e) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (RowError error : e.errors()) {
      JsonObjectBuilder item = Json.createObjectBuilder();
      if (error.file() != null) {
        item.add("file", error.file()).add("line", error.line());
      }
      if (error.column() != null) {
        item.add("column", error.column()).add("field", error.column());
      }
      errors.add(item.add("reason", error.reason()));
    }
    return Problem.of(400, "import-rejected", RequestLanguage.messages(headers))
        .detail(e.getMessage())
        .errors(errors.build())
        .response();
  }
}
