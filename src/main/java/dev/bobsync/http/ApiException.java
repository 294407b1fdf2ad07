package dev.bobsync.http;

import dev.bobsync.BobsyncException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A vendor API call that failed. The message names the API, the integration and the call, and says
 * what the API answered; it never carries a credential, and SSN-like numbers are masked.
 */
public class ApiException extends BobsyncException {
  private static final Pattern SSN_LIKE = Pattern.compile("\\b\\d{3}-?\\d{2}-?\\d{4}\\b");

  private final String side;
  private final String call;
  private final int status;
  private final String apiMessage;
  private final Map<String, List<String>> fieldErrors;

  public ApiException(
      ApiSettings settings,
      String call,
      int status,
      String apiMessage,
      Map<String, List<String>> fieldErrors,
      String summary,
      Throwable cause) {
    super(describe(settings, call, status, summary, apiMessage), cause);
    this.side = settings.side();
    this.call = call;
    this.status = status;
    this.apiMessage = apiMessage == null ? null : scrub(apiMessage);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** "HiBob" or "Remote". */
  public String side() {
    return side;
  }

  /** What the call was for, e.g. "people search". */
  public String call() {
    return call;
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** What the API said, in its own words, if it said anything. */
  public String apiMessage() {
    return apiMessage;
  }

  /** Remote's 422 field errors: field name to messages. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  private static String describe(
      ApiSettings settings, String call, int status, String summary, String apiMessage) {
    StringBuilder s =
        new StringBuilder(settings.side()).append(" ").append(summary).append(" (").append(call);
    if (settings.integration() != null) {
      s.append(", integration \"").append(settings.integration()).append('"');
    }
    if (status > 0) {
      s.append(", HTTP ").append(status);
    }
    s.append(')');
    if (apiMessage != null && !apiMessage.isBlank()) {
      s.append(": ").append(scrub(apiMessage));
    }
    return s.toString();
  }

  static String scrub(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    String masked = SSN_LIKE.matcher(oneLine).replaceAll("[masked]");
    return masked.length() > 500 ? masked.substring(0, 500) + "..." : masked;
  }
}
