package dev.bobsync.http;

import java.util.Map;

/** The answer was not what the API documents: HTML instead of JSON, or JSON cut short. */
public final class ApiProtocolException extends ApiException {
  public ApiProtocolException(
      ApiSettings settings, String call, int status, String problem, Throwable cause) {
    super(settings, call, status, problem, Map.of(), "answered unexpectedly", cause);
  }
}
