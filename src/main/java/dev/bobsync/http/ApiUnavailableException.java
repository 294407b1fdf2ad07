package dev.bobsync.http;

import java.util.Map;

/**
 * No usable answer after the retries: 5xx, timeouts, dropped connections or rate limiting. When
 * {@link #mayHaveActed()} is true a write may have happened although no answer came back.
 */
public final class ApiUnavailableException extends ApiException {
  private final boolean mayHaveActed;

  public ApiUnavailableException(
      ApiSettings settings,
      String call,
      int status,
      String reason,
      boolean mayHaveActed,
      Throwable cause) {
    super(settings, call, status, reason, Map.of(), "did not answer usably", cause);
    this.mayHaveActed = mayHaveActed;
  }

  public boolean mayHaveActed() {
    return mayHaveActed;
  }
}
