package nl.techniekpact.lokaal.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;

/**
 * Bean Validation refused a request: 400 with every offending field at once, each worded by its
 * constraint ({@code constraint.NotNull}, {@code constraint.Size.max}...) in the reader's language,
 * not by the validator's English.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return respond(e, RequestLanguage.messages(headers));
  }

  static Response respond(ConstraintViolationException e, Messages messages) {
    List<Violation> violations =
        e.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::violation)
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::key))
            .distinct()
            .toList();
    return Problem.invalid(violations, messages);
  }

  /** The constraint as a message key with its limits as arguments. */
  static Violation violation(ConstraintViolation<?> violation) {
    String field = field(violation);
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String items = violation.getInvalidValue() instanceof Collection<?> ? ".items" : "";
    return switch (constraint) {
      case "Size" -> {
        int min = (Integer) attributes.get("min");
        int max = (Integer) attributes.get("max");
        if (min == max) {
          yield new Violation(field, "constraint.Size.exact" + items, List.of(max));
        } else if (max == Integer.MAX_VALUE) {
          yield new Violation(field, "constraint.Size.min" + items, List.of(min));
        } else if (min == 0) {
          yield new Violation(field, "constraint.Size.max" + items, List.of(max));
        }
        yield new Violation(field, "constraint.Size.between" + items, List.of(min, max));
      }
      case "Min", "Max", "DecimalMin", "DecimalMax" ->
          new Violation(
              field, "constraint." + constraint, List.of(number(attributes.get("value"))));
      case "NotNull", "NotBlank", "NotEmpty" ->
          new Violation(field, "constraint.required", List.of());
      case "Email" -> new Violation(field, "constraint.Email", List.of());
      default -> new Violation(field, "constraint.other", List.of());
    };
  }

  /** A limit as a number, so that it is written as the reader writes numbers ("0,5"). */
  private static Object number(Object value) {
    if (value instanceof String text) {
      try {
        return new java.math.BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        return text;
      }
    }
    return value;
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
