package dev.bobsync.emulator.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer other than success, in Remote's error shapes; handlers throw it, routes write it. */
final class ApiError extends RuntimeException {
  private final int status;
  private final Map<String, Object> body;

  private ApiError(int status, String message, Map<String, Object> body) {
    super(message, null, false, false);
    this.status = status;
    this.body = body;
  }

  /** {@code {"message": ...}} with a 4xx status. */
  static ApiError of(int status, String message) {
    return new ApiError(status, message, Map.of("message", message));
  }

  static ApiError notFound(String what) {
    return of(404, what + " not found");
  }

  /** 422 {@code {"message": ..., "errors": {field: [messages]}}}. */
  static ApiError unprocessable(String message, Map<String, List<String>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("errors", errors);
    return new ApiError(422, message, body);
  }

  int status() {
    return status;
  }

  Map<String, Object> body() {
    return body;
  }
}
