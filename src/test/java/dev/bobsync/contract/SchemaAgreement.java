package dev.bobsync.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the project's contract with a vendor's published API description, schema by schema, so
 * that drift between the two is caught. A project schema is paired with the vendor schema of the
 * same name, or the one its {@code x-vendor-schema} names.
 *
 * <p>They agree when, recursively: every property the project declares exists at the vendor's
 * (unless the vendor's object lists no properties at all); the project's types are among the
 * vendor's; the project's enum values are among the vendor's; and both require the same properties.
 * The vendor's {@code x-fixture-deviations} (required but absent, or non-null but seen null, in
 * real answers) and a project property's own {@code x-deviation} note (why it differs) excuse a
 * difference in requiredness or nullability.
 */
public final class SchemaAgreement {
  private static final int MAX_DEPTH = 8;

  private final JsonNode ours;
  private final JsonNode vendor;

  public SchemaAgreement(JsonNode ours, JsonNode vendor) {
    this.ours = ours;
    this.vendor = vendor;
  }

  /** The vendor's description in {@code ../shared/reference/specs/NAME}, where it is present. */
  public static Optional<JsonNode> vendorSpec(String fileName) {
    Path path = Path.of("..", "shared", "reference", "specs", fileName);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    ObjectMapper mapper = fileName.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
    try {
      return Optional.of(mapper.readTree(path.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Each paired schema name (ours) with its differences; empty lists where they agree. */
  public Map<String, List<String>> compareAll() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    JsonNode schemas = ours.path("components").path("schemas");
    for (Iterator<String> it = schemas.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      String vendorName = schemas.path(name).path("x-vendor-schema").asText(name);
      JsonNode theirs = vendor.path("components").path("schemas").path(vendorName);
      if (!theirs.isMissingNode()) {
        List<String> differences = new ArrayList<>();
        compare(schemas.path(name), theirs, name, deviations(theirs), differences, 0);
        result.put(name, differences);
      }
    }
    return result;
  }

  /** Our operations ({@code "GET /v1/employments"}) that the vendor does not describe. */
  public List<String> operationsTheVendorLacks() {
    List<String> lacking = new ArrayList<>();
    String ourBase = basePath(ours);
    String theirBase = basePath(vendor);
    for (Iterator<String> paths = ours.path("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      String full = ourBase + path;
      String theirPath = full.startsWith(theirBase) ? full.substring(theirBase.length()) : full;
      JsonNode theirItem = vendor.path("paths").path(theirPath);
      for (Iterator<String> verbs = ours.path("paths").path(path).fieldNames(); verbs.hasNext(); ) {
        String verb = verbs.next();
        if (Set.of("get", "post", "put", "patch", "delete").contains(verb)
            && !theirItem.has(verb)) {
          lacking.add(verb.toUpperCase() + " " + full);
        }
      }
    }
    return lacking;
  }

  private void compare(
      JsonNode mine, JsonNode theirs, String at, Set<String> excused, List<String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    Shape a = Shape.of(resolve(ours, mine), ours);
    Shape b = Shape.of(resolve(vendor, theirs), vendor);
    if (a.node == null || b.node == null) {
      return; // a union of several shapes: not compared field by field
    }
    Set<String> ourTypes = new HashSet<>(a.types);
    if (isExcused(excused, at) || mine.has("x-deviation")) {
      ourTypes.remove("null");
    }
    if (!b.types.isEmpty() && !b.types.containsAll(ourTypes)) {
      out.add(at + ": type " + a.types + " but the vendor says " + b.types);
    }
    if (a.node.has("enum") && b.node.has("enum")) {
      Set<String> theirEnum = texts(b.node.path("enum"));
      for (String value : texts(a.node.path("enum"))) {
        if (!theirEnum.contains(value)) {
          out.add(at + ": enum value " + value + " is not the vendor's");
        }
      }
    }
    compareProperties(a.node, b.node, at, excused, out, depth);
    if (a.node.has("items") && b.node.has("items")) {
      compare(a.node.path("items"), b.node.path("items"), at + "[]", excused, out, depth + 1);
    }
  }

  private void compareProperties(
      JsonNode mine, JsonNode theirs, String at, Set<String> excused, List<String> out, int depth) {
    JsonNode ourProps = mine.path("properties");
    JsonNode theirProps = theirs.path("properties");
    if (!theirProps.isObject()) {
      return;
    }
    Set<String> ourRequired = texts(mine.path("required"));
    Set<String> theirRequired = texts(theirs.path("required"));
    for (Iterator<String> it = ourProps.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      String path = at + "." + name;
      if (!theirProps.has(name)) {
        out.add(path + ": the vendor's schema has no such property");
        continue;
      }
      boolean explained = ourProps.path(name).has("x-deviation") || isExcused(excused, path);
      if (ourRequired.contains(name) != theirRequired.contains(name) && !explained) {
        out.add(
            path
                + (ourRequired.contains(name)
                    ? ": required here, optional at the vendor"
                    : ": optional here, required at the vendor"));
      }
      compare(ourProps.path(name), theirProps.path(name), path, excused, out, depth + 1);
    }
    for (String name : theirRequired) {
      String path = at + "." + name;
      if (ourProps.isObject() && !ourProps.has(name) && !isExcused(excused, path)) {
        out.add(path + ": required at the vendor but not declared here");
      }
    }
  }

  /** "Employment.login_email"-style paths the vendor's own fixture notes excuse. */
  private static Set<String> deviations(JsonNode vendorSchema) {
    Set<String> excused = new HashSet<>();
    JsonNode notes = vendorSchema.path("x-fixture-deviations");
    for (Iterator<Map.Entry<String, JsonNode>> it = notes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> note = it.next();
      if (note.getValue().isArray()) {
        note.getValue().forEach(field -> excused.add(field.asText().replace("[]", "")));
      }
    }
    return excused;
  }

  /** "Timeoff.timeoff_days[].minutes" is excused by the vendor's "timeoff_days[].minutes". */
  private static boolean isExcused(Set<String> excused, String path) {
    int dot = path.indexOf('.');
    return dot > 0 && excused.contains(path.substring(dot + 1).replace("[]", ""));
  }

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 10 && current.path("$ref").isTextual(); hops++) {
      String ref = current.path("$ref").asText();
      if (!ref.startsWith("#")) {
        break;
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
    return values;
  }

  private static String basePath(JsonNode document) {
    String url = document.path("servers").path(0).path("url").asText("");
    int slash = url.indexOf('/', url.indexOf("//") + 2);
    return url.contains("//") && slash > 0 ? url.substring(slash).replaceAll("/+$", "") : "";
  }

  /** A schema with {@code anyOf: [X, {type: null}]} or OpenAPI 3.0's nullable made plain. */
  private record Shape(JsonNode node, Set<String> types) {
    static Shape of(JsonNode node, JsonNode document) {
      Set<String> types = new HashSet<>(texts(node.path("type")));
      if (node.path("type").isTextual()) {
        types.add(node.path("type").asText());
      }
      if (node.path("nullable").asBoolean(false)) {
        types.add("null");
      }
      JsonNode union = node.has("anyOf") ? node.path("anyOf") : node.path("oneOf");
      if (!union.isArray()) {
        return new Shape(node, types);
      }
      JsonNode single = null;
      for (JsonNode branch : union) {
        JsonNode resolved = resolve(document, branch);
        if (resolved.path("type").asText("").equals("null")) {
          types.add("null");
        } else if (single == null) {
          single = resolved;
        } else {
          return new Shape(null, types);
        }
      }
      if (single == null) {
        return new Shape(node, types);
      }
      Shape inner = of(single, document);
      Set<String> all = new HashSet<>(inner.types);
      if (!all.isEmpty()) {
        all.addAll(types);
      }
      return new Shape(inner.node, all);
    }
  }
}
