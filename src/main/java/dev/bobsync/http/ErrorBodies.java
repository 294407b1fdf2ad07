package dev.bobsync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error answer says: HiBob's {@code {"key","error"}}, Remote's {@code {"message"}} and
 * Remote's 422 in each of its shapes: {@code {"errors": {field: [messages]}}}, {@code {"errors":
 * ["field: reason", ...]}} and {@code {"message": ...}} where the message is a string, a parameter
 * or action error ({@code {code, message, param|action}}) or a list of them.
 */
record ErrorBodies(String message, Map<String, List<String>> fieldErrors) {
  /** Remote's form errors read "{@code <field>: <reason>}" (ajv style, sometimes with a path). */
  private static final Pattern FIELD_REASON = Pattern.compile("^/?([\\w./\\[\\]-]+):\\s*(.+)$");

  static ErrorBodies read(ApiResponse response, ObjectMapper json) {
    JsonNode node = parse(response, json);
    if (node == null) {
      String text = response.bodyText().strip();
      boolean shortText = !text.isEmpty() && text.length() < 200 && !text.startsWith("<");
      return new ErrorBodies(shortText ? text : null, Map.of());
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    readErrors(node.path("errors"), fields, general);
    readMessage(node.path("message"), fields, general);
    if (node.path("error").isTextual()) {
      general.add(node.get("error").asText());
    }
    List<String> parts = new ArrayList<>(general);
    fields.forEach((field, messages) -> parts.add(field + " " + String.join(", ", messages)));
    if (parts.isEmpty()) {
      parts.add(node.toString());
    }
    return new ErrorBodies(String.join("; ", parts), copy(fields));
  }

  private static void readErrors(
      JsonNode errors, Map<String, List<String>> fields, List<String> general) {
    if (errors.isObject()) {
      errors
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isArray()) {
                  e.getValue().forEach(m -> add(fields, e.getKey(), m.asText()));
                } else {
                  add(fields, e.getKey(), e.getValue().asText());
                }
              });
    } else if (errors.isArray()) {
      errors.forEach(e -> readOne(e, fields, general));
    } else if (errors.isTextual()) {
      readText(errors.asText(), fields, general);
    }
  }

  private static void readMessage(
      JsonNode message, Map<String, List<String>> fields, List<String> general) {
    if (message.isArray()) {
      message.forEach(m -> readOne(m, fields, general));
    } else if (message.isObject()) {
      readOne(message, fields, general);
    } else if (message.isTextual()) {
      general.add(message.asText());
    }
  }

  /** A string, or a parameter error {@code {param, message}} or action error {@code {action}}. */
  private static void readOne(JsonNode e, Map<String, List<String>> fields, List<String> general) {
    if (e.isTextual()) {
      readText(e.asText(), fields, general);
      return;
    }
    String text = e.path("message").asText(e.path("code").asText(e.toString()));
    for (String key : List.of("param", "field", "action")) {
      if (e.path(key).isTextual() && !e.get(key).asText().isBlank()) {
        add(fields, e.get(key).asText(), text);
        return;
      }
    }
    general.add(text);
  }

  private static void readText(
      String text, Map<String, List<String>> fields, List<String> general) {
    Matcher m = FIELD_REASON.matcher(text.strip());
    if (m.matches()) {
      add(fields, m.group(1), m.group(2));
    } else {
      general.add(text);
    }
  }

  private static void add(Map<String, List<String>> fields, String field, String message) {
    fields.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> fields) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    fields.forEach((k, v) -> result.put(k, List.copyOf(v)));
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
