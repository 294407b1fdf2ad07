package dev.bobsync.contract;

import java.util.Map;

/**
 * One operation of a contract matched to a real call: its method, its path template, the JSON
 * pointer of its description in the document and the path parameters read from the call.
 */
public record Operation(
    String method, String template, String pointer, Map<String, String> pathParameters) {

  /** {@code "GET /v1/employments/{employment_id}"}: how messages name the operation. */
  public String label() {
    return method + " " + template;
  }
}
