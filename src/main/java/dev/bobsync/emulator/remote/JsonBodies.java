package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reading request bodies and their fields, with Remote's answers for bad input. */
final class JsonBodies {
  private JsonBodies() {}

  /** The body as a JSON object, or a 400 when it is not one. */
  static ObjectNode object(ObjectMapper mapper, byte[] body) {
    JsonNode node;
    try {
      node = body.length == 0 ? null : mapper.readTree(body);
    } catch (IOException e) {
      throw ApiError.of(400, "Request body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw ApiError.of(400, "Request body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** A text field, or {@code null} when absent or JSON null; non-text values are an error. */
  static String text(JsonNode parent, String field, String errorField, ValidationErrors errors) {
    JsonNode value = parent == null ? null : parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(errorField, "must be a string");
      return null;
    }
    return value.asText();
  }

  /** An object field, or {@code null} when absent or JSON null; other values are an error. */
  static ObjectNode object(JsonNode parent, String field, ValidationErrors errors) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      errors.add(field, "must be an object");
      return null;
    }
    return (ObjectNode) value;
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
