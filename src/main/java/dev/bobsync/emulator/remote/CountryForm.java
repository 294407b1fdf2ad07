package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * One country's form: its JSON Schema and version, and the check of a submitted form against it
 * (networknt json-schema-validator, JSON Schema 2020-12). Formats are annotations, as 2020-12 says
 * by default; dates and e-mails carry a {@code pattern} too, which is checked.
 */
final class CountryForm {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final String countryCode;
  private final String name;
  private final int version;
  private final ObjectNode schema;
  private final Schema compiled;

  CountryForm(String countryCode, String name, int version, ObjectNode schema) {
    this.countryCode = countryCode;
    this.name = name;
    this.version = version;
    this.schema = schema;
    this.compiled = REGISTRY.getSchema(schema);
  }

  String countryCode() {
    return countryCode;
  }

  String name() {
    return name;
  }

  int version() {
    return version;
  }

  /** The answer's {@code data}: the schema itself, with its {@code version} beside the keywords. */
  ObjectNode data() {
    ObjectNode data = schema.deepCopy();
    data.put("version", version);
    return data;
  }

  /**
   * What is wrong with {@code value} as this form, as {@code (field path, message)} pairs; empty
   * when it is valid.
   */
  List<Problem> check(JsonNode value) {
    List<Problem> problems = new ArrayList<>();
    for (Error error : compiled.validate(value)) {
      problems.add(new Problem(field(error), error.getMessage()));
    }
    return problems;
  }

  /** One validation problem: the field (dotted path inside the form, or "" for the form itself). */
  record Problem(String field, String message) {}

  private static String field(Error error) {
    StringBuilder path = new StringBuilder();
    String location = error.getInstanceLocation().toString();
    for (String part : location.replaceFirst("^\\$", "").split("[./\\[\\]]")) {
      if (!part.isEmpty()) {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    if (error.getProperty() != null && "required".equals(error.getKeyword())) {
      path.append(path.length() == 0 ? "" : ".").append(error.getProperty());
    } else if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
      path.append(path.length() == 0 ? "" : ".").append(error.getProperty());
    }
    return path.toString();
  }
}
