package dev.bobsync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an error answer says: HiBob's {@code {"key","error"}}, Remote's {@code {"message"}} and
 * Remote's 422 {@code {"errors": {field: [messages]}}}.
 */
record ErrorBodies(String message, Map<String, List<String>> fieldErrors) {

  static ErrorBodies read(ApiResponse response, ObjectMapper json) {
    JsonNode node = parse(response, json);
    if (node == null) {
      String text = response.bodyText().strip();
      boolean shortText = !text.isEmpty() && text.length() < 200 && !text.startsWith("<");
      return new ErrorBodies(shortText ? text : null, Map.of());
    }
    Map<String, List<String>> fields = fieldErrors(node.path("errors"));
    List<String> parts = new ArrayList<>();
    for (String key : List.of("message", "error")) {
      if (node.path(key).isTextual()) {
        parts.add(node.get(key).asText());
      }
    }
    fields.forEach((field, messages) -> parts.add(field + " " + String.join(", ", messages)));
    if (parts.isEmpty()) {
      parts.add(node.toString());
    }
    return new ErrorBodies(String.join("; ", parts), fields);
  }

  private static Map<String, List<String>> fieldErrors(JsonNode errors) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (errors.isObject()) {
      errors
          .fields()
          .forEachRemaining(
              e -> {
                List<String> messages = new ArrayList<>();
                if (e.getValue().isArray()) {
                  e.getValue().forEach(m -> messages.add(m.asText()));
                } else {
                  messages.add(e.getValue().asText());
                }
                result.put(e.getKey(), List.copyOf(messages));
              });
    }
    return result;
  }

  private static JsonNode parse(ApiResponse response, ObjectMapper json) {
    if (!response.isJson() || response.body() == null || response.body().length == 0) {
      return null;
    }
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      return null;
    }
  }
}
