package nl.techniekpact.lokaal.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The malformed requests of BadInputIT, for one operation of Lokaal's OpenAPI description at a
 * time: every other part of each request is valid (ids of the test's own throwaway edition, a body
 * that passes), so that the one malformed part is what the answer is about.
 */
final class BadRequests {

  /** One operation as /openapi describes it. */
  record Operation(
      String method,
      String path,
      List<String> pathParams,
      List<String> queryParams,
      String bodyType,
      String schema) {

    boolean hasJsonBody() {
      return "application/json".equals(bodyType);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** One request to send, with what is malformed about it. */
  record Request(
      Operation operation,
      String kind,
      String method,
      String target,
      Map<String, String> headers,
      byte[] body) {}

  /** What a valid request of an operation is made of: path and query values, a body. */
  interface Valid {
    String pathValue(Operation operation, String param);

    String queryValue(String param);

    /** A body that the operation accepts; null for an operation without one. */
    JsonObject body(Operation operation);
  }

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final int HUGE = 100_000;
  private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);

  /**
   * Ids as Java would read them, some for object 1, which exists in the demo data: a path that took
   * one of them as id 1 would act on the demo data.
   */
  static final List<String> ODD_IDS =
      List.of(
          "+1",
          "%2B1",
          "1;x",
          "1;jsessionid=x",
          "01",
          "-1",
          "0",
          "99999999999999999999",
          "%zz",
          "1.5",
          "1%3Bx",
          "%D9%A1",
          "%EF%BC%91",
          "1".repeat(3000),
          "x".repeat(3000),
          "%00",
          "%20",
          "1%20",
          "..",
          "%2e%2e",
          "1%2F2",
          "1e0");

  static final List<String> ODD_QUERY_VALUES =
      List.of("", "x", "-1", "1e999", "%FF", "+1", "x".repeat(10_000), "1;x", "%00", "%C0%AF");

  private static final List<String> ODD_CONTENT_TYPES =
      List.of(
          "",
          "text/plain",
          "application/",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=utf-16",
          "application/json; charset=nonsense",
          "*/*",
          ";;;");

  /** Values that are wrong for any field of Lokaal's requests, or wrong for most. */
  private static final Map<String, String> ODD_VALUES = oddValues();

  /**
   * Fewer of them, for all but one caller: a body is read the same for every caller, before the
   * resource knows who calls.
   */
  private static final Map<String, String> FEW_ODD_VALUES =
      ODD_VALUES.entrySet().stream()
          .filter(
              v -> List.of("true", "object", "null", "empty text", "far date").contains(v.getKey()))
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

  private BadRequests() {}

  static List<Operation> operations(JsonObject openapi) {
    List<Operation> operations = new ArrayList<>();
    openapi
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, description) -> {
                          if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                            return;
                          }
                          operations.add(operation(method, path, description.asJsonObject()));
                        }));
    return operations;
  }

  private static Operation operation(String method, String path, JsonObject description) {
    List<String> pathParams = new ArrayList<>();
    Matcher param = PARAM.matcher(path);
    while (param.find()) {
      pathParams.add(param.group(1));
    }
    List<String> queryParams =
        description.getJsonArray("parameters") == null
            ? List.of()
            : description.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in")))
                .map(p -> p.getString("name"))
                .toList();
    String bodyType = null;
    String schema = null;
    JsonObject body = description.getJsonObject("requestBody");
    if (body != null && body.getJsonObject("content") != null) {
      for (var content : body.getJsonObject("content").entrySet()) {
        bodyType = content.getKey();
        JsonObject described = content.getValue().asJsonObject().getJsonObject("schema");
        if (described != null && described.containsKey("$ref")) {
          String ref = described.getString("$ref");
          schema = ref.substring(ref.lastIndexOf('/') + 1);
        }
      }
    }
    return new Operation(
        method.toUpperCase(java.util.Locale.ROOT), path, pathParams, queryParams, bodyType, schema);
  }

  /**
   * Every malformed request for the operation; {@code thorough} adds the costly ones (5 MB bodies)
   * and every odd value per field.
   */
  static List<Request> of(Operation operation, Valid valid, boolean thorough) {
    List<Request> requests = new ArrayList<>();
    Map<String, String> path = new LinkedHashMap<>();
    operation.pathParams().forEach(p -> path.put(p, valid.pathValue(operation, p)));
    Map<String, String> query = new LinkedHashMap<>();
    operation.queryParams().forEach(q -> query.put(q, valid.queryValue(q)));
    JsonObject body = operation.hasJsonBody() ? valid.body(operation) : null;
    byte[] validBody = body == null ? null : utf8(body.toString());
    Map<String, String> json = body == null ? Map.of() : Map.of("Content-Type", "application/json");

    for (String param : operation.pathParams()) {
      for (String odd : ODD_IDS) {
        Map<String, String> changed = new LinkedHashMap<>(path);
        changed.put(param, odd);
        requests.add(
            request(
                operation,
                "path " + param + "=" + abbreviated(odd),
                target(operation, changed, query),
                json,
                validBody));
      }
    }
    for (String param : operation.queryParams()) {
      for (String odd : ODD_QUERY_VALUES) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(param, odd);
        requests.add(
            request(
                operation,
                "query " + param + "=" + abbreviated(odd),
                target(operation, path, changed),
                json,
                validBody));
      }
    }
    String target = target(operation, path, query);
    requests.add(header(operation, target, json, validBody, "Accept", "application/xml"));
    requests.add(header(operation, target, json, validBody, "Accept", "a/b;q=x"));
    requests.add(header(operation, target, json, validBody, "Accept-Language", "!!,*;q=2"));
    requests.add(
        header(operation, target, json, validBody, "Authorization", "Bearer " + "x".repeat(5000)));
    requests.add(header(operation, target, json, validBody, "Cookie", "lokaal_session=%zz\""));
    if ("POST".equals(operation.method())) {
      requests.add(header(operation, target, json, validBody, "Idempotency-Key", ""));
      requests.add(header(operation, target, json, validBody, "Idempotency-Key", "k".repeat(5000)));
    }
    if (body == null) {
      // A body where none belongs, with a media type that is no media type.
      requests.add(
          request(
              operation, "stray body", target, Map.of("Content-Type", "application/"), utf8("{")));
      if (operation.bodyType() != null) {
        requests.addAll(archives(operation, target, thorough));
      }
      return requests;
    }
    for (String type : ODD_CONTENT_TYPES) {
      Map<String, String> headers = type.isEmpty() ? Map.of() : Map.of("Content-Type", type);
      requests.add(request(operation, "content type " + type, target, headers, validBody));
    }
    wholeBodies(thorough)
        .forEach((kind, bytes) -> requests.add(request(operation, kind, target, json, bytes)));
    requests.add(
        request(operation, "invalid UTF-8 in text", target, json, invalidUtf8(body.toString())));
    requests.add(
        request(
            operation,
            "unknown field",
            target,
            json,
            utf8(Json.createObjectBuilder(body).add("bogus", 1).build().toString())));
    for (String field : body.keySet()) {
      (thorough ? ODD_VALUES : FEW_ODD_VALUES)
          .forEach(
              (kind, value) ->
                  requests.add(
                      request(
                          operation,
                          "field " + field + " " + kind,
                          target,
                          json,
                          utf8(replaced(body, field, value)))));
      if (body.get(field).getValueType() == JsonValue.ValueType.ARRAY) {
        for (String element : List.of("true", "\"x\"", "{}", "null", DEEP)) {
          requests.add(
              request(
                  operation,
                  "field " + field + " element " + abbreviated(element),
                  target,
                  json,
                  utf8(replaced(body, field, "[" + element + "]"))));
        }
      }
    }
    return requests;
  }

  private static Request header(
      Operation operation,
      String target,
      Map<String, String> json,
      byte[] body,
      String name,
      String value) {
    Map<String, String> headers = new LinkedHashMap<>(json);
    headers.put(name, value);
    return request(operation, "header " + name, target, headers, body);
  }

  private static List<Request> archives(Operation operation, String target, boolean thorough) {
    List<Request> requests = new ArrayList<>();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("empty archive", new byte[0]);
    bodies.put("archive of junk", utf8("PK\u0003\u0004 not really a zip"));
    bodies.put("archive as JSON", utf8("{}"));
    if (thorough) {
      bodies.put("archive of 5 MB zeros", new byte[5 * 1024 * 1024]);
    }
    bodies.forEach(
        (kind, bytes) ->
            requests.add(
                request(
                    operation, kind, target, Map.of("Content-Type", operation.bodyType()), bytes)));
    requests.add(
        request(
            operation,
            "archive typed as JSON",
            target,
            Map.of("Content-Type", "application/json"),
            utf8("{}")));
    return requests;
  }

  private static Map<String, byte[]> wholeBodies(boolean thorough) {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("empty body", new byte[0]);
    bodies.put("unclosed object", utf8("{"));
    bodies.put("10000 unclosed arrays", utf8("[".repeat(10_000)));
    bodies.put("10000 nested arrays", utf8(DEEP));
    bodies.put("10000 nested objects", utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
    bodies.put("body null", utf8("null"));
    bodies.put("body number", utf8("42"));
    bodies.put("body text", utf8("\"x\""));
    bodies.put("body array", utf8("[]"));
    bodies.put("body with BOM", utf8("\uFEFF{}"));
    bodies.put(
        "body of invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'});
    bodies.put("body in UTF-16", "{}".getBytes(StandardCharsets.UTF_16));
    if (thorough) {
      bodies.put("5 MB body", utf8("{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}"));
    }
    return bodies;
  }

  private static Map<String, String> oddValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("true", "true");
    values.put("number", "12");
    values.put("fraction", "-1.5");
    values.put("text", "\"x\"");
    values.put("empty text", "\"\"");
    values.put("object", "{}");
    values.put("array", "[]");
    values.put("null", "null");
    values.put("100 KB text", "\"" + "x".repeat(HUGE) + "\"");
    values.put("far date", "\"+999999999-12-31\"");
    values.put("NaN", "\"NaN\"");
    values.put("1e400", "1e400");
    values.put("beyond long", "99999999999999999999");
    values.put("10000 nested arrays", DEEP);
    values.put("control characters", "\"\\u0000\\u0007\"");
    return values;
  }

  /** The body with one field's JSON replaced by the given text (which need not be valid JSON). */
  private static String replaced(JsonObject body, String field, String json) {
    JsonObjectBuilder others = Json.createObjectBuilder(body).remove(field);
    String rest = others.build().toString();
    String prefix = "{\"" + field + "\":" + json;
    return rest.equals("{}") ? prefix + "}" : prefix + "," + rest.substring(1);
  }

  /** The body with its first text's first character replaced by bytes that are not UTF-8. */
  private static byte[] invalidUtf8(String body) {
    int quote = body.indexOf(":\"");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (quote < 0) {
      bytes.writeBytes(utf8(body.substring(0, body.length() - 1) + ",\"x\":\""));
      bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
      bytes.writeBytes(utf8("\"}"));
    } else {
      bytes.writeBytes(utf8(body.substring(0, quote + 2)));
      bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF});
      bytes.writeBytes(utf8(body.substring(quote + 2)));
    }
    return bytes.toByteArray();
  }

  private static String target(
      Operation operation, Map<String, String> path, Map<String, String> query) {
    String target = operation.path();
    for (var param : path.entrySet()) {
      target = target.replace("{" + param.getKey() + "}", param.getValue());
    }
    if (!query.isEmpty()) {
      target +=
          query.entrySet().stream()
              .map(q -> q.getKey() + "=" + q.getValue())
              .collect(Collectors.joining("&", "?", ""));
    }
    return target;
  }

  private static Request request(
      Operation operation, String kind, String target, Map<String, String> headers, byte[] body) {
    return new Request(operation, kind, operation.method(), target, headers, body);
  }

  private static String abbreviated(String text) {
    return text.length() <= 10 ? text : text.substring(0, 10) + "...";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
