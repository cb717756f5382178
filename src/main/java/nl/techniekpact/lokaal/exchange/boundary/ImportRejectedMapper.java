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
import nl.techniekpact.lokaal.platform.control.Messages;

/**
 * A refused import: 400 with every error as file, line, column and reason, the reasons in the
 * reader's language.
 */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;

  @Override
  public Response toResponse(ImportRejectedException e) {
    Messages messages = RequestLanguage.messages(headers);
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (RowError error : e.errors()) {
      JsonObjectBuilder item = Json.createObjectBuilder();
      if (error.file() != null) {
        item.add("file", error.file()).add("line", error.line());
      }
      if (error.column() != null) {
        item.add("column", error.column()).add("field", error.column());
      }
      String reason = error.reason(messages);
      errors.add(item.add("reason", reason).add("message", reason));
    }
    return Problem.of(400, "import-rejected", messages)
        .say("import.rejected", e.errors().size())
        .errors(errors.build())
        .response();
  }
}
