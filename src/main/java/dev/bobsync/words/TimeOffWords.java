package dev.bobsync.words;

import java.time.LocalDate;
import java.util.Map;

/** HiBob's kinds of time-off request in words, and a request's explanation beside its columns. */
public final class TimeOffWords {
  private static final Map<String, String> REQUEST_TYPES =
      Map.of(
          "days", "in days",
          "hours", "in hours",
          "portiononrange", "half days",
          "hoursonrange", "the same hours every day",
          "differentdaydurations", "a different length each day",
          "specifichoursdaydurations", "set hours each day",
          "differentspecifichoursdaydurations", "different hours each day",
          "percentageonrange", "a percentage of each day",
          "openended", "open-ended");

  private TimeOffWords() {}

  /** Remote's time-off type ({@code paid_time_off}) as words ("paid time off"). */
  public static String remoteType(String type) {
    return type == null ? "" : Codes.readable(type).toLowerCase(java.util.Locale.ROOT);
  }

  /** HiBob's request type ({@code portionOnRange}, ...) in words. */
  public static String requestType(String type) {
    if (type == null || type.isBlank()) {
      return "";
    }
    String words = REQUEST_TYPES.get(Codes.normalized(type));
    return words != null ? words : type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }

  /**
   * The sync's message about a request without the "Request 12 of Ana Lima (Holiday, 2026-11-24 to
   * 2026-11-25)" it starts with, for a table whose other columns show the person, policy and dates:
   * "Request 12 of … is pending approval" reads "Pending approval …".
   */
  public static String explanation(
      String message,
      String requestId,
      String name,
      String policyType,
      LocalDate start,
      LocalDate end) {
    if (message == null) {
      return "";
    }
    String described = describe(requestId, name, policyType, start, end);
    if (!message.startsWith(described)) {
      return message;
    }
    String rest = message.substring(described.length());
    if (rest.startsWith(": ")) {
      return Codes.capitalized(rest.substring(2));
    }
    if (rest.startsWith(" is ")) {
      return Codes.capitalized(rest.substring(4));
    }
    return "This request" + rest;
  }

  /** The words the sync starts a request's message with (see {@code TimeOffMessages}). */
  private static String describe(
      String requestId, String name, String policyType, LocalDate start, LocalDate end) {
    StringBuilder s = new StringBuilder("Request ").append(requestId).append(" of ");
    s.append(name).append(" (");
    s.append(policyType == null ? "unknown policy type" : policyType);
    if (start != null) {
      s.append(", ").append(start);
      if (end != null && !end.equals(start)) {
        s.append(" to ").append(end);
      }
    }
    return s.append(')').toString();
  }
}
