package dev.bobsync.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HiBob v2 webhook: its event type and the employee it concerns. The envelope carries ids only;
 * the sync reads the rest from the API.
 */
record WebhookEvent(String type, String employeeId) {
  private static final String PING = "Ping test";

  /** The envelope in {@code body}; empty when it is not one (not JSON, no type). */
  static Optional<WebhookEvent> parse(byte[] body, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.path("type").isTextual()) {
      return Optional.empty();
    }
    JsonNode id = root.path("data").path("employeeId");
    String employeeId = id.isTextual() || id.isNumber() ? id.asText() : null;
    if (employeeId != null && !plausibleId(employeeId)) {
      return Optional.empty();
    }
    return Optional.of(new WebhookEvent(root.path("type").asText(), employeeId));
  }

  /**
   * Whether the body is HiBob's connection test, sent unsigned when a webhook is created: {@code
   * Ping test}, as text or as {@code {"text": "Ping test"}}. It must be answered 2xx.
   */
  static boolean isPing(byte[] body, ObjectMapper json) {
    if (body.length > 64) {
      return false;
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.equals(PING) || text.equals("\"" + PING + "\"")) {
      return true;
    }
    try {
      JsonNode root = json.readTree(body);
      return root != null && root.size() == 1 && PING.equals(root.path("text").asText());
    } catch (IOException notJson) {
      return false;
    }
  }

  /** Whether {@code id} can be a HiBob employee id (not blank, at most 100 characters). */
  static boolean plausibleId(String id) {
    return id != null && !id.isBlank() && id.length() <= 100;
  }

  /**
   * The family of event types that concern a person's sync ({@code employee}, {@code timeoff},
   * {@code table}), or empty for others.
   */
  Optional<String> family() {
    if (type.startsWith("employee.")) {
      return Optional.of("employee");
    }
    if (type.startsWith("timeoff.request.")) {
      return Optional.of("timeoff");
    }
    if (type.startsWith("table.entry.")) {
      return Optional.of("table");
    }
    return Optional.empty();
  }
}
