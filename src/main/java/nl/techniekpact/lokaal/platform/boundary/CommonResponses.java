package nl.techniekpact.lokaal.platform.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INTERNAL;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.TOO_LARGE;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.UNSUPPORTED_TYPE;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to /openapi the error responses that come from what every operation of a kind shares, not
 * from its own rules: a 500 for any operation ({@link UnexpectedErrorMapper}); for a change, a 415
 * for a body of a type it does not take ({@code BodyTypeFilter}); for a JSON body, the 400 of an
 * unreadable one and the 413 of one too large ({@link JsonBodies}).
 *
 * <p>An operation that returns its answer documents it as {@code @APIResponse(description = ...)},
 * without a status: only under "default" does the scanner keep the schema of what the method
 * returns, which this filter then files under 200, the status JAX-RS sends it with. Operations that
 * answer with another status (201, 202, 204, 303) name it. And it makes the scanner's operation ids
 * (the Java method's name) unique.
 */
public class CommonResponses implements OASFilter {

  /** What the scanner describes the response of an operation with as long as it documents none. */
  static final String SCANNERS_OWN = "Default Response.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      path.getOperations()
          .forEach(
              (method, operation) -> {
                APIResponses responses = operation.getResponses();
                if (responses == null || responses.getAPIResponses() == null) {
                  return;
                }
                APIResponse documented = responses.getDefaultValue();
                if (documented != null
                    && !SCANNERS_OWN.equals(documented.getDescription())
                    && !responses.hasAPIResponse("200")) {
                  responses.removeAPIResponse(APIResponses.DEFAULT);
                  responses.addAPIResponse("200", documented);
                }
                if (method != PathItem.HttpMethod.GET) {
                  add(responses, "415", UNSUPPORTED_TYPE);
                }
                var body = operation.getRequestBody();
                if (body != null
                    && body.getContent() != null
                    && body.getContent().hasMediaType("application/json")) {
                  add(responses, "400", INVALID);
                  add(responses, "413", TOO_LARGE);
                }
                add(responses, "500", INTERNAL);
              });
    }
    uniqueOperationIds(openAPI);
  }

  /** An id used more than once gets the words of its path: list + /api/editions/{id}/slots. */
  private static void uniqueOperationIds(OpenAPI openAPI) {
    Map<String, Long> uses =
        operations(openAPI)
            .map(e -> e.getValue().getOperationId())
            .filter(id -> id != null)
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    operations(openAPI)
        .filter(e -> uses.getOrDefault(e.getValue().getOperationId(), 0L) > 1)
        .forEach(
            e -> {
              StringBuilder id = new StringBuilder(e.getValue().getOperationId());
              for (String word : e.getKey().split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty() && !word.equals("api")) {
                  id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
              }
              e.getValue().setOperationId(id.toString());
            });
  }

  /** Every operation, by its path. */
  private static Stream<Map.Entry<String, Operation>> operations(OpenAPI openAPI) {
    return openAPI.getPaths().getPathItems().entrySet().stream()
        .flatMap(
            path ->
                path.getValue().getOperations().values().stream()
                    .map(operation -> Map.entry(path.getKey(), operation)));
  }

  private static void add(APIResponses responses, String status, String name) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
    }
  }
}
