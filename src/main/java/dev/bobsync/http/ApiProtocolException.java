package dev.bobsync.http;

import java.util.Map;

/**
 * The answer was not what the API documents: HTML instead of JSON (a wrong URL). JSON cut short is
 * an {@link ApiUnavailableException}: it is retried like a 5xx.
 */
public final class ApiProtocolException extends ApiException {
  public ApiProtocolException(
      ApiSettings settings, String call, int status, String problem, Throwable cause) {
    super(settings, call, status, problem, Map.of(), "answered unexpectedly", cause);
  }

  /** Whether the answer was not JSON at all (a web page, typically: the wrong address). */
  public boolean notJson() {
    return apiMessage() != null && apiMessage().contains("instead of JSON");
  }
}
