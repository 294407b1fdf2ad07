package dev.bobsync.http;

import java.util.List;
import java.util.Map;

/** The API understood the call and refused it (400, 404, 409, 422): retrying will not help. */
public final class ApiRejectedException extends ApiException {
  public ApiRejectedException(
      ApiSettings settings,
      String call,
      int status,
      String apiMessage,
      Map<String, List<String>> fieldErrors) {
    super(settings, call, status, apiMessage, fieldErrors, "rejected the request", null);
  }
}
