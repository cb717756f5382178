package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.platform.control.Messages;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error responses of /openapi, each described once here with the problem+json body and an
 * example made by {@link Problem} itself, so the document cannot show another shape than the API
 * sends. Operations name the ones they give with {@code @APIResponse(responseCode = "404", ref =
 * NOT_FOUND)}; {@link CommonResponses} adds the ones every operation of a kind gives.
 */
public class ProblemResponses implements OASModelReader {

  public static final String INVALID = "InvalidValue";
  public static final String IMPORT_REJECTED = "ImportRejected";
  public static final String NOT_SIGNED_IN = "NotSignedIn";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String TOO_LARGE = "TooLarge";
  public static final String UNSUPPORTED_TYPE = "UnsupportedMediaType";
  public static final String TOO_MANY = "TooManyRequests";
  public static final String INTERNAL = "InternalError";

  static final String SCHEMA = "Problem";

  @Override
  public OpenAPI buildModel() {
    var components =
        OASFactory.createComponents()
            .addSchema(SCHEMA, problemSchema())
            .addResponse(
                INVALID,
                problem(
                    "A field, query parameter or body is invalid: `field` and `errors[]` name"
                        + " each one.",
                    bodyOf(
                        Problem.invalid(
                            Messages.in(Locale.ENGLISH), "pupils", "constraint.Min", 1))))
            .addResponse(
                IMPORT_REJECTED,
                problem(
                    "The files were refused, the edition is unchanged: `errors[]` lists each error"
                        + " as file, line, column and reason.",
                    Problem.example(400, "import-rejected", "Import rejected")
                        .detail("1 error in the edition's files")
                        .errors(
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("file", "schools.csv")
                                        .add("line", 3)
                                        .add("column", "brin")
                                        .add("field", "brin")
                                        .add("reason", "brin must be 4 characters"))
                                .build())
                        .json()))
            .addResponse(
                NOT_SIGNED_IN,
                problem(
                    "Not signed in, or the sign-in failed: sign in with `POST /api/session` or a"
                        + " mailed link.",
                    http(401, "Unauthorized", "sign in first")))
            .addResponse(
                FORBIDDEN,
                problem(
                    "Signed in, but not as a party that may do this (or a change sent by a"
                        + " browser from another site).",
                    http(403, "Forbidden", "only organisers may do this")))
            .addResponse(
                NOT_FOUND,
                problem(
                    "No such thing, or one the caller may not know of: another party's is answered"
                        + " exactly as one that does not exist.",
                    Problem.example(404, "not-found", "Not found").detail("no edition 42").json()))
            .addResponse(
                CONFLICT,
                problem(
                    "The request does not fit the current state: closed registration, a full"
                        + " session, an existing address, or a change made by someone else"
                        + " meanwhile.",
                    Problem.example(409, "conflict", "Conflict")
                        .detail("registration for Techniekweek Achterhoek 2027 is closed")
                        .json()))
            .addResponse(
                TOO_LARGE,
                problem(
                    "The body is larger than this operation takes (a JSON body at most 1 MiB).",
                    http(413, "Request Entity Too Large", "a JSON body is at most 1048576 bytes")))
            .addResponse(
                UNSUPPORTED_TYPE,
                problem(
                    "The body has no Content-Type, or one this operation does not take.",
                    Problem.example(415, "unsupported-media-type", "Unsupported media type")
                        .detail("this operation does not take a body of type text/plain")
                        .field("Content-Type")
                        .json()))
            .addResponse(
                TOO_MANY,
                problem(
                        "Too many attempts from this address or for this account: try again after"
                            + " the seconds in Retry-After.",
                        Problem.example(429, "too-many-requests", "Too many requests")
                            .detail("too many attempts; try again later")
                            .json())
                    .addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().type(SchemaType.INTEGER))))
            .addResponse(
                INTERNAL,
                problem(
                    "Something went wrong on Lokaal's side; quote the `incident` when reporting"
                        + " it.",
                    Problem.example(500, "internal-error", "Internal error")
                        .detail(
                            "Something went wrong on our side. Quote incident"
                                + " 3f0c2a4e-8a51-4f59-9a34-0b6f8f1d2c7e when you report it.")
                        .with("incident", "3f0c2a4e-8a51-4f59-9a34-0b6f8f1d2c7e")
                        .json()));
    return OASFactory.createOpenAPI().components(components);
  }

  /** A standard response: its description, the problem+json body and one example of it. */
  private static APIResponse problem(String description, String example) {
    Example sample =
        OASFactory.createExample()
            .value(plain(Json.createReader(new StringReader(example)).readValue()));
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMA))
                        .examples(Map.of("example", sample))));
  }

  /** JSON as the maps, lists, strings and numbers the document writer knows. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
        yield members;
      }
      case ARRAY -> value.asJsonArray().stream().map(ProblemResponses::plain).toList();
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).numberValue();
      case TRUE -> true;
      case FALSE -> false;
      case NULL -> null;
    };
  }

  private static String http(int status, String title, String detail) {
    return Problem.example(status, "http-" + status, title).detail(detail).json();
  }

  private static String bodyOf(jakarta.ws.rs.core.Response response) {
    return (String) response.getEntity();
  }

  /** RFC 9457's members as Lokaal fills them. */
  private static Schema problemSchema() {
    Schema error =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description("One error: a field and its message, or a file, line, column and reason")
            .addProperty("field", string(null))
            .addProperty("message", string(null))
            .addProperty("file", string(null))
            .addProperty("line", OASFactory.createSchema().type(SchemaType.INTEGER))
            .addProperty("column", string(null))
            .addProperty("reason", string(null));
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("An RFC 9457 problem detail, the body of every error response")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty("type", string("/problems/ and the kind of problem"))
        .addProperty("title", string(null))
        .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER))
        .addProperty("detail", string("What was wrong, for people"))
        .addProperty("field", string("The field to mark"))
        .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(error))
        .addProperty("incident", string("With a 500: the id to quote when reporting it"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(SchemaType.STRING).description(description);
  }
}
