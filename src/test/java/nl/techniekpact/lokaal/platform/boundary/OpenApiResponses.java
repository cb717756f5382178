package nl.techniekpact.lokaal.platform.boundary;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The responses an OpenAPI document describes, as read by swagger-parser, an OpenAPI parser and
 * validator independent of Payara's: which statuses each operation documents, and which operations
 * document too little for a client to build on.
 */
public final class OpenApiResponses {

  private static final String COMPONENT = "#/components/responses/";

  /**
   * Payara Micro adds a top-level map of its applications' paths, which OpenAPI 3.0 does not have
   * and no filter of the application can take out; the only message that is not the document's own.
   */
  private static final String PAYARAS_OWN = "attribute endpoints is unexpected";

  private final OpenAPI api;

  private OpenApiResponses(OpenAPI api) {
    this.api = api;
  }

  /** The document, if the parser reads it without a single error or warning. */
  public static OpenApiResponses parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    var result = new OpenAPIV3Parser().readContents(document, null, options);
    List<String> messages =
        result.getMessages() == null
            ? List.of()
            : result.getMessages().stream().filter(m -> !m.equals(PAYARAS_OWN)).toList();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      throw new AssertionError("the OpenAPI document does not parse cleanly: " + messages);
    }
    return new OpenApiResponses(result.getOpenAPI());
  }

  /**
   * Every shortcoming, one line each: an operation without responses of its own (none, or only the
   * scanner's "default"), without a success, a response without a description, a reference to no
   * component, or an error response whose body is not problem+json.
   */
  public List<String> shortcomings() {
    List<String> found = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              var responses = operation.getResponses();
              if (responses == null || responses.isEmpty()) {
                found.add(name + ": no responses");
                return;
              }
              if (responses.containsKey("default")) {
                found.add(name + ": a default response instead of its statuses");
              }
              if (responses.keySet().stream().noneMatch(s -> s.matches("[23]\\d\\d"))) {
                found.add(name + ": no success response");
              }
              responses.forEach(
                  (status, response) -> {
                    ApiResponse resolved = resolved(response);
                    if (resolved == null) {
                      found.add(
                          name + " " + status + ": refers to no response " + response.get$ref());
                    } else if (resolved.getDescription() == null
                        || resolved.getDescription().isBlank()) {
                      found.add(name + " " + status + ": no description");
                    } else if (status.matches("[45]\\d\\d")
                        && (resolved.getContent() == null
                            || !resolved.getContent().containsKey(Problem.MEDIA_TYPE))) {
                      found.add(name + " " + status + ": no problem+json body");
                    }
                  });
            });
    return found;
  }

  /** The statuses documented for an operation, its path's parameters named in any way. */
  public Set<String> statuses(String method, String path) {
    Operation operation = operations().get(method.toUpperCase(Locale.ROOT) + " " + shape(path));
    if (operation == null) {
      throw new AssertionError("the OpenAPI document has no operation " + method + " " + path);
    }
    return operation.getResponses() == null
        ? Set.of()
        : new TreeSet<>(operation.getResponses().keySet());
  }

  public int operationCount() {
    return operations().size();
  }

  /** Every operation by "METHOD /path", with the path's parameters unnamed: "/api/slots/{}". */
  private Map<String, Operation> operations() {
    Map<String, Operation> operations = new java.util.TreeMap<>();
    if (api.getPaths() != null) {
      api.getPaths()
          .forEach(
              (path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    item.readOperationsMap().entrySet()) {
                  operations.put(operation.getKey() + " " + shape(path), operation.getValue());
                }
              });
    }
    return operations;
  }

  private ApiResponse resolved(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    if (!ref.startsWith(COMPONENT)
        || api.getComponents() == null
        || api.getComponents().getResponses() == null) {
      return null;
    }
    return api.getComponents().getResponses().get(ref.substring(COMPONENT.length()));
  }

  private static String shape(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }
}
