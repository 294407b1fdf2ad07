package dev.bobsync.emulator.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer other than success, in Remote's error shapes; handlers throw it, routes write it. */
final class ApiError extends RuntimeException {
  private final int status;
  private final Map<String, List<String>> errors;

  private ApiError(int status, String message, Map<String, List<String>> errors) {
    super(message, null, false, false);
    this.status = status;
    this.errors = errors;
  }

  /** {@code {"message": ...}} with a 4xx status. */
  static ApiError of(int status, String message) {
    return new ApiError(status, message, null);
  }

  static ApiError notFound(String what) {
    return of(404, what + " not found");
  }

  /** A 422 naming the fields at fault; its body depends on the company's {@link ErrorShape}. */
  static ApiError unprocessable(String message, Map<String, List<String>> errors) {
    return new ApiError(422, message, new LinkedHashMap<>(errors));
  }

  int status() {
    return status;
  }

  /** The field errors of a 422; {@code null} for other errors. */
  Map<String, List<String>> errors() {
    return errors;
  }

  /** The body in {@code shape} (which only a 422 with field errors uses). */
  Map<String, Object> body(ErrorShape shape) {
    return errors == null ? Map.of("message", getMessage()) : shape.body(getMessage(), errors);
  }

  /** The body in the default shape. */
  Map<String, Object> body() {
    return body(ErrorShape.ERRORS_OBJECT);
  }
}
