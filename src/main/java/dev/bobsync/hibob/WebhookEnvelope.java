package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.JsonValues;
import java.time.Instant;
import java.util.Optional;

/**
 * One HiBob webhook as read from its body. HiBob's v2 envelope is {@code {companyId, type,
 * triggeredBy, triggeredAt, version: "v2", data: {...ids}}}, with {@code triggeredAt} in
 * microseconds and without a zone (read as UTC). A v1 envelope (no {@code version}, or {@code
 * "v1"}; still sent by webhooks created before 2025) is read as far as it goes: its type and the
 * employee id under {@code data.employeeId}, {@code data.employee.id} or {@code data.id}.
 *
 * @param version {@code v2}, or {@code v1} for anything older
 * @param employeeId the employee concerned, or {@code null}
 * @param requestId the time-off request concerned, or {@code null}
 * @param triggeredAt when HiBob says the event happened, or {@code null} when unreadable
 */
public record WebhookEnvelope(
    String version, String type, String employeeId, String requestId, Instant triggeredAt) {

  /** The envelope, or why the body is not one (a message naming the part that did not fit). */
  public sealed interface Read permits Envelope, Refused {}

  public record Envelope(WebhookEnvelope envelope) implements Read {}

  public record Refused(String why) implements Read {}

  public static Read read(JsonNode root) {
    if (root == null || !root.isObject()) {
      return new Refused("the body is not a JSON object");
    }
    JsonNode type = root.get("type");
    if (type == null || !type.isTextual() || type.asText().isBlank()) {
      return new Refused("the envelope has no \"type\"");
    }
    JsonNode data = root.path("data");
    if (!data.isMissingNode() && !data.isNull() && !data.isObject()) {
      return new Refused("\"data\" is not an object");
    }
    String version = "v2".equalsIgnoreCase(JsonValues.text(root, "version")) ? "v2" : "v1";
    String employee =
        firstId(data.get("employeeId"), data.path("employee").get("id"), idOfEmployee(data, type));
    String request = firstId(data.get("requestId"), data.path("request").get("id"), null);
    return new Envelope(
        new WebhookEnvelope(
            version,
            type.asText(),
            employee,
            request,
            Answers.instant(JsonValues.text(root, "triggeredAt"))));
  }

  /** HiBob's {@code data.id} is the employee's for {@code employee.*} events only. */
  private static JsonNode idOfEmployee(JsonNode data, JsonNode type) {
    return type.asText().startsWith("employee.") ? data.get("id") : null;
  }

  private static String firstId(JsonNode... candidates) {
    for (JsonNode c : candidates) {
      if (c != null && (c.isTextual() || c.isNumber()) && !c.asText().isBlank()) {
        return c.asText();
      }
    }
    return null;
  }

  /**
   * The family of event types that concern a person's sync ({@code employee}, {@code timeoff},
   * {@code table}), or empty for any other type, known or not.
   */
  public Optional<String> family() {
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
