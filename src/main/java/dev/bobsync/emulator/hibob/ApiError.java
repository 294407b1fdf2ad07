package dev.bobsync.emulator.hibob;

import dev.bobsync.BobsyncException;

/** An answer in HiBob's error shape {@code {"key": ..., "error": ...}} with its status. */
final class ApiError extends BobsyncException {
  private final int status;
  private final String key;

  ApiError(int status, String key, String message) {
    super(message);
    this.status = status;
    this.key = key;
  }

  static ApiError badRequest(String key, String message) {
    return new ApiError(400, key, message);
  }

  static ApiError notFound(String key, String message) {
    return new ApiError(404, key, message);
  }

  static ApiError forbidden(String message) {
    return new ApiError(403, "exception.permission.denied", message);
  }

  int status() {
    return status;
  }

  String key() {
    return key;
  }
}
