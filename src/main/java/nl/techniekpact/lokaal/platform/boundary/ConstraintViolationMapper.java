package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/** Bean Validation refused a request: 400 with every offending field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    String first = null;
    var sorted =
        e.getConstraintViolations().stream().sorted(Comparator.comparing(v -> field(v))).toList();
    for (ConstraintViolation<?> violation : sorted) {
      String field = field(violation);
      first = first == null ? field : first;
      errors.add(
          Json.createObjectBuilder()
              .add("field", field)
              .add("message", field + " " + violation.getMessage()));
    }
    return Problem.of(400, "invalid-value", "Invalid value")
        .detail(
            sorted.size() == 1
                ? first + " " + sorted.get(0).getMessage()
                : sorted.size() + " fields are invalid")
        .field(first)
        .errors(errors.build())
        .response();
  }

  /** The request's own name for the field: "period.firstDay", not "create.arg1.period.firstDay". */
  static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PROPERTY, CONTAINER_ELEMENT ->
            field.append(field.length() == 0 ? "" : ".").append(node.getName());
        case PARAMETER -> field.setLength(0);
        default -> {}
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
