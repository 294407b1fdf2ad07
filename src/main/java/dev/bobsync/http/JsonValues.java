package dev.bobsync.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading values out of vendor answers, and writing request bodies, the same way everywhere. */
public final class JsonValues {
  private JsonValues() {}

  /** The field's text; {@code null} when it is absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /**
   * An ISO date, or the date part of an ISO date-time ("2026-11-22T09:00:00Z"); {@code null} for
   * nothing or anything else.
   */
  public static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }

  /** A request body as bytes. */
  public static byte[] bytes(ObjectMapper json, Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body as JSON", e);
    }
  }
}
