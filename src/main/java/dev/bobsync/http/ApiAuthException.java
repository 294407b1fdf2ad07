package dev.bobsync.http;

import java.util.Map;

/** 401 (wrong credentials) or 403 (credentials fine, access refused); {@link #status()} tells. */
public final class ApiAuthException extends ApiException {
  public ApiAuthException(ApiSettings settings, String call, int status, String apiMessage) {
    super(
        settings,
        call,
        status,
        apiMessage,
        Map.of(),
        status == 401 ? "refused the credentials" : "denied access",
        null);
  }

  public boolean badCredentials() {
    return status() == 401;
  }
}
