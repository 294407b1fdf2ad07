package dev.bobsync.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vendor's API contract: an OpenAPI 3.1 document kept in the project (e.g. {@code
 * contracts/remote.json}) against which requests and answers are checked. The contract tests check
 * every request a client sends and every answer an emulator gives; {@code probe} checks a live
 * tenant's answers.
 */
public final class Contract {
  private static final ObjectMapper MAPPER = Json.newMapper();

  private final String resource;
  private final JsonNode document;
  private final String basePath;
  private final List<PathTemplate> templates;
  private final SchemaCheck schemas;

  private Contract(String resource, JsonNode document) {
    this.resource = resource;
    this.document = document;
    this.basePath = basePath(document);
    List<PathTemplate> found = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(p -> found.add(PathTemplate.of(p)));
    found.sort(Comparator.comparingInt(PathTemplate::literalSegments).reversed());
    this.templates = List.copyOf(found);
    this.schemas = new SchemaCheck(resource);
  }

  /** Loads the contract at a classpath resource such as {@code contracts/remote.json}. */
  public static Contract load(String classpathResource) {
    Objects.requireNonNull(classpathResource, "classpathResource");
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (in == null) {
        throw new BobsyncException("No contract at classpath:" + classpathResource);
      }
      return new Contract(classpathResource, MAPPER.readTree(in));
    } catch (IOException e) {
      throw new BobsyncException("Contract " + classpathResource + " is not JSON", e);
    }
  }

  /** The document itself, read-only by convention (for cross-checks against the vendor's). */
  public JsonNode document() {
    return document;
  }

  /** The path of the first server URL ({@code /v1} for {@code https://api.hibob.com/v1}). */
  public String basePath() {
    return basePath;
  }

  /** The operation a call goes to, if the contract has one; {@code target} may carry a query. */
  public Optional<Operation> find(String method, String target) {
    String path = relative(URI.create(target).getRawPath());
    if (path == null) {
      return Optional.empty();
    }
    String verb = method.toLowerCase(Locale.ROOT);
    for (PathTemplate template : templates) {
      Optional<Map<String, String>> parameters = template.match(path);
      String pointer = "/paths/" + SchemaCheck.token(template.template());
      if (parameters.isPresent() && document.at(pointer).has(verb)) {
        return Optional.of(
            new Operation(
                method.toUpperCase(Locale.ROOT),
                template.template(),
                pointer + "/" + verb,
                parameters.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The ways a request differs from the contract: an operation the contract does not have, query
   * parameters it does not declare or that miss or break their schema, a body it does not take,
   * misses or that breaks the request body's schema.
   */
  public List<Violation> checkRequest(String method, String target, String body) {
    Optional<Operation> found = find(method, target);
    if (found.isEmpty()) {
      return List.of(unknownOperation(method, target));
    }
    Operation operation = found.get();
    List<Violation> problems = new ArrayList<>(new ParameterCheck(this).check(operation, target));
    JsonNode requestBody = resolved(operation.pointer() + "/requestBody");
    String where = operation.label() + " request body";
    Optional<String> schemaPointer = jsonSchemaPointer(operation.pointer() + "/requestBody");
    if (isBlank(body)) {
      if (requestBody.path("required").asBoolean(false)) {
        problems.add(new Violation(where, "is required but none was sent"));
      }
    } else if (requestBody.isMissingNode()) {
      problems.add(new Violation(where, "was sent but the operation takes none"));
    } else if (schemaPointer.isPresent()) {
      problems.addAll(checkJson(schemaPointer.get(), body, where));
    }
    return problems;
  }

  /**
   * The ways an answer differs from the contract: a status the operation does not document, a
   * required header missing, a body that is not JSON or breaks the documented schema.
   */
  public List<Violation> checkResponse(
      String method, String target, int status, Map<String, List<String>> headers, String body) {
    Optional<Operation> found = find(method, target);
    if (found.isEmpty()) {
      return List.of(unknownOperation(method, target));
    }
    Operation operation = found.get();
    Optional<String> response = responsePointer(operation, status);
    String where = operation.label() + " answer " + status;
    if (response.isEmpty()) {
      return List.of(new Violation(where, "is not a status the operation documents"));
    }
    List<Violation> problems = new ArrayList<>();
    JsonNode declaredHeaders = resolved(response.get()).path("headers");
    for (Iterator<String> it = declaredHeaders.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      boolean required = resolved(response.get() + "/headers/" + name).path("required").asBoolean();
      if (required && !hasHeader(headers, name)) {
        problems.add(new Violation(where + " header " + name, "is required but missing"));
      }
    }
    Optional<String> schemaPointer = jsonSchemaPointer(response.get());
    if (schemaPointer.isPresent()) {
      if (isBlank(body)) {
        problems.add(new Violation(where + " body", "is empty but the contract describes one"));
      } else {
        problems.addAll(checkJson(schemaPointer.get(), body, where + " body"));
      }
    }
    return problems;
  }

  /** Checks a value against {@code #/components/schemas/NAME}. */
  public List<Violation> checkSchema(String name, JsonNode value) {
    String pointer = "/components/schemas/" + SchemaCheck.token(name);
    if (document.at(pointer).isMissingNode()) {
      throw new BobsyncException("Contract " + resource + " has no schema " + name);
    }
    return schemas.check(pointer, value, name);
  }

  List<Violation> checkValue(String pointer, JsonNode value, String where) {
    return schemas.check(pointer, value, where);
  }

  /** The node at a pointer, following local {@code $ref}s; missing when absent. */
  JsonNode resolved(String pointer) {
    return document.at(resolvePointer(pointer));
  }

  /** The pointer a local {@code $ref} at {@code pointer} leads to (itself when none). */
  String resolvePointer(String pointer) {
    String current = pointer;
    for (int hops = 0; hops < 10; hops++) {
      JsonNode ref = document.at(current).path("$ref");
      if (!ref.isTextual() || !ref.asText().startsWith("#")) {
        return current;
      }
      current = ref.asText().substring(1);
    }
    throw new BobsyncException("Contract " + resource + ": $ref loop at " + pointer);
  }

  private List<Violation> checkJson(String pointer, String body, String where) {
    JsonNode value;
    try {
      value = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return List.of(new Violation(where, "is not JSON"));
    }
    return schemas.check(pointer, value, where + " $");
  }

  private Optional<String> responsePointer(Operation operation, int status) {
    String responses = operation.pointer() + "/responses";
    JsonNode all = document.at(responses);
    String exact = String.valueOf(status);
    String range = exact.charAt(0) + "XX";
    for (String key : List.of(exact, range, "default")) {
      if (all.has(key)) {
        return Optional.of(resolvePointer(responses + "/" + key));
      }
    }
    return Optional.empty();
  }

  /** The pointer of the JSON schema under {@code content} of a request body or response. */
  private Optional<String> jsonSchemaPointer(String pointer) {
    String base = resolvePointer(pointer);
    JsonNode content = document.at(base + "/content");
    for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
      String mediaType = it.next();
      if (mediaType.contains("json") && content.path(mediaType).has("schema")) {
        return Optional.of(base + "/content/" + SchemaCheck.token(mediaType) + "/schema");
      }
    }
    return Optional.empty();
  }

  private String relative(String path) {
    if (basePath.isEmpty()) {
      return path;
    }
    if (path.equals(basePath) || path.startsWith(basePath + "/")) {
      return path.substring(basePath.length());
    }
    return null;
  }

  private Violation unknownOperation(String method, String target) {
    String path = URI.create(target).getRawPath();
    return new Violation(method + " " + path, "is not an operation of " + resource);
  }

  private static boolean hasHeader(Map<String, List<String>> headers, String name) {
    return headers.keySet().stream().anyMatch(h -> h != null && h.equalsIgnoreCase(name));
  }

  private static boolean isBlank(String body) {
    return body == null || body.isBlank();
  }

  private static String basePath(JsonNode document) {
    JsonNode url = document.path("servers").path(0).path("url");
    if (!url.isTextual()) {
      return "";
    }
    String path = URI.create(url.asText()).getRawPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
  }
}
