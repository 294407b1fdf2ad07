package dev.bobsync.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON values against the schemas inside one OpenAPI 3.1 document, addressed by JSON
 * pointer, with networknt's json-schema-validator (OpenAPI 3.1 dialect, formats asserted).
 */
final class SchemaCheck {
  private final String location;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  SchemaCheck(String classpathResource) {
    this.location = "classpath:" + classpathResource;
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    this.registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(), builder -> builder.schemaRegistryConfig(config));
  }

  /** The problems of {@code value} against the schema at {@code pointer}, each named by where. */
  List<Violation> check(String pointer, JsonNode value, String where) {
    Schema schema = schemas.computeIfAbsent(pointer, this::load);
    return schema.validate(value).stream().map(error -> violation(where, error)).toList();
  }

  private Schema load(String pointer) {
    Schema schema = registry.getSchema(SchemaLocation.of(location + "#" + encode(pointer)));
    schema.initializeValidators();
    return schema;
  }

  private static Violation violation(String where, Error error) {
    String at = error.getInstanceLocation().toString();
    return new Violation(where + " " + at, error.getMessage());
  }

  /** Braces in path templates are not allowed raw in a URI fragment. */
  private static String encode(String pointer) {
    return pointer.replace("{", "%7B").replace("}", "%7D");
  }

  /** Escapes one JSON pointer token (RFC 6901). */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
