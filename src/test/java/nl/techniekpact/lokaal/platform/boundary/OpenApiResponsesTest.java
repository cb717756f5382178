package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiResponsesTest {

  /** A document as Lokaal's should be, with {@code OPERATION} standing for one operation. */
  private static String document(String operation) {
    return """
        openapi: 3.0.0
        info: {title: t, version: "1"}
        paths:
          /api/slots/{id}:
            parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
        %s
        components:
          responses:
            NotFound:
              description: No such thing
              content:
                application/problem+json:
                  schema: {type: object}
            Bare:
              description: No body
        """
        .formatted(operation.indent(4));
  }

  private static final String DOCUMENTED =
      """
      get:
        responses:
          "200": {description: The slot}
          "404": {$ref: "#/components/responses/NotFound"}
      """;

  @Test
  void findsNothingWantingInAnOperationThatDocumentsItsResponses() {
    assertEquals(List.of(), OpenApiResponses.parse(document(DOCUMENTED)).shortcomings());
  }

  @Test
  void tellsTheDocumentedStatusesWhateverThePathParameterIsCalled() {
    var responses = OpenApiResponses.parse(document(DOCUMENTED));
    assertEquals(Set.of("200", "404"), responses.statuses("get", "/api/slots/{slot}"));
    assertThrows(AssertionError.class, () -> responses.statuses("DELETE", "/api/slots/{id}"));
  }

  @Test
  void namesAnOperationWithOnlyTheScannersDefaultResponse() {
    String scanned =
        """
        get:
          responses:
            default: {description: Default Response.}
        """;
    assertEquals(
        List.of(
            "GET /api/slots/{}: a default response instead of its statuses",
            "GET /api/slots/{}: no success response"),
        OpenApiResponses.parse(document(scanned)).shortcomings());
  }

  @Test
  void namesErrorResponsesWithoutAProblemBodyOrAComponent() {
    String wanting =
        """
        get:
          responses:
            "200": {description: The slot}
            "403": {$ref: "#/components/responses/Bare"}
            "409": {$ref: "#/components/responses/Nowhere"}
        """;
    assertEquals(
        List.of(
            "GET /api/slots/{} 403: no problem+json body",
            "GET /api/slots/{} 409: refers to no response #/components/responses/Nowhere"),
        OpenApiResponses.parse(document(wanting)).shortcomings());
  }

  @Test
  void refusesADocumentTheParserHasMessagesAbout() {
    String noResponses = "get: {operationId: 42}";
    assertThrows(
        AssertionError.class, () -> OpenApiResponses.parse(document(noResponses)).shortcomings());
  }
}
