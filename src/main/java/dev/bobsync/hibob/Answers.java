package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.ApiSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Small readers shared by HiBob's answers, and the error for an answer of no known shape. */
final class Answers {
  private Answers() {}

  /**
   * The call failed because its answer fits none of the shapes HiBob is known to send; the message
   * names the endpoint and the part that did not fit.
   */
  static ApiProtocolException misfit(ApiSettings settings, ApiRequest request, String part) {
    return new ApiProtocolException(
        settings, request.name(), 200, request.method() + " " + request.path() + ": " + part, null);
  }

  /** What a JSON value is, in words, for messages: never the value itself. */
  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      Iterator<String> names = node.fieldNames();
      while (names.hasNext() && keys.size() < 8) {
        keys.add(names.next());
      }
      return "an object with keys " + keys;
    }
    return node.isArray() ? "an array" : "a " + node.getNodeType().name().toLowerCase() + " value";
  }

  /** A number sent as a number or as text; {@code null} when absent or not a number. */
  static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    try {
      return Double.valueOf(value.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A timestamp with a zone ({@code 2026-11-22T10:00:00Z}) or without one, as HiBob writes {@code
   * triggeredAt} and {@code createdOn} ({@code 2025-01-08T13:06:26.915906}, read as UTC); {@code
   * null} when absent or unreadable.
   */
  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException withoutZone) {
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
