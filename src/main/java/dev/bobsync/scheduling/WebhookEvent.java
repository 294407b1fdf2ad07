package dev.bobsync.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.hibob.WebhookEnvelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HiBob webhook: its event type and the employee it concerns ({@link WebhookEnvelope} reads v2
 * and v1 envelopes). The envelope carries ids only; the sync reads the rest from the API.
 */
record WebhookEvent(String type, String employeeId) {
  private static final String PING = "Ping test";

  /** The envelope in {@code body}; empty when it is not one (not JSON, no type). */
  static Optional<WebhookEvent> parse(byte[] body, ObjectMapper json) {
    return read(body, json) instanceof WebhookEnvelope.Envelope e
        ? Optional.of(new WebhookEvent(e.envelope().type(), e.envelope().employeeId()))
        : Optional.empty();
  }

  /** The envelope in {@code body} (v2, or v1 read as far as it goes), or why it is none. */
  static WebhookEnvelope.Read read(byte[] body, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return new WebhookEnvelope.Refused("the body is not JSON");
    }
    WebhookEnvelope.Read read = WebhookEnvelope.read(root);
    if (read instanceof WebhookEnvelope.Envelope e
        && e.envelope().employeeId() != null
        && !plausibleId(e.envelope().employeeId())) {
      return new WebhookEnvelope.Refused("the employee id is not a HiBob id");
    }
    return read;
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
    return new WebhookEnvelope("v2", type, employeeId, null, null).family();
  }
}
