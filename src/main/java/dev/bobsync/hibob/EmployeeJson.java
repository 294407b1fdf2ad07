package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads one field from an employee in a people-search answer, by the same id the search asked for.
 * Root fields sit at the top level ({@code root.email} is {@code "email"}); others are nested by
 * their path; HiBob may also, or instead, send slash keys ({@code "/work/title"}, {@code
 * "/root/id"}) whose values may be wrapped as {@code {"value": ...}}; display strings sit in the
 * sibling {@code humanReadable} object, in either form.
 */
public final class EmployeeJson {
  private EmployeeJson() {}

  /** Whether the answer carries the field at all, even as null: HiBob drops hidden fields. */
  public static boolean present(JsonNode employee, String fieldId) {
    return locate(employee, fieldId).isPresent();
  }

  /** The raw value as text; {@code null} when absent, null or an object. */
  public static String text(JsonNode employee, String fieldId) {
    return locate(employee, fieldId)
        .filter(JsonNode::isValueNode)
        .map(EmployeeJson::asText)
        .orElse(null);
  }

  /** The display string HiBob appended (list item names, not ids), else the raw text. */
  public static String display(JsonNode employee, String fieldId) {
    JsonNode human = employee.get("humanReadable");
    if (human != null && human.isObject()) {
      Optional<JsonNode> shown = locate(human, fieldId).filter(JsonNode::isValueNode);
      if (shown.isPresent() && !shown.get().isNull()) {
        return asText(shown.get());
      }
    }
    return text(employee, fieldId);
  }

  /** The raw value, which may be an object (e.g. {@code work.reportsTo}). */
  public static Optional<JsonNode> node(JsonNode employee, String fieldId) {
    return locate(employee, fieldId).filter(n -> !n.isNull());
  }

  /**
   * The field's node: nested by path ({@code "work": {"title": ...}}, root fields at the top), else
   * under its slash key ({@code "/work/title"} or {@code "/root/id"}), whose value may be wrapped
   * as {@code {"value": ...}} or sent bare.
   */
  private static Optional<JsonNode> locate(JsonNode employee, String fieldId) {
    String[] path = fieldId.split("\\.");
    int start = path[0].equals("root") ? 1 : 0;
    JsonNode node = employee;
    for (int i = start; i < path.length && node != null; i++) {
      node = node.isObject() ? node.get(path[i]) : null;
    }
    if (node != null) {
      return Optional.of(node);
    }
    JsonNode slashed = employee.get("/" + fieldId.replace('.', '/'));
    if (slashed == null && start == 0) {
      slashed = employee.get("/root/" + fieldId.replace('.', '/'));
    }
    if (slashed == null) {
      return Optional.empty();
    }
    return Optional.of(unwrapped(slashed));
  }

  /** {@code {"value": x}} is x; anything else is itself. */
  private static JsonNode unwrapped(JsonNode slashed) {
    return slashed.isObject() && slashed.has("value") ? slashed.get("value") : slashed;
  }

  private static String asText(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text.trim();
  }
}
