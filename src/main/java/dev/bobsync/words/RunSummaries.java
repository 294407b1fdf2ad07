package dev.bobsync.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a sync run was ("Employees to Remote") and its counts in words ("3 created, 1 failed"). */
public final class RunSummaries {
  private static final Map<String, String> KINDS =
      Map.of(
          "remote", "Employees to Remote",
          "timeoff", "Time off to Remote",
          "compensation", "Compensation export");
  private static final List<String> PEOPLE =
      List.of(
          "created", "updated", "linked", "unchanged", "waiting", "skipped", "frozen", "failed");
  private static final List<String> TIME_OFF =
      List.of("booked", "cancelled", "waiting", "skipped", "failed");

  private final ObjectMapper json;

  public RunSummaries(ObjectMapper json) {
    this.json = json;
  }

  /** "Employees to Remote", "Time off to Remote", "Compensation export". */
  public static String kind(String kind) {
    return Codes.lookUp(KINDS, kind);
  }

  /** The run's counts ({@code countsJson} as the store keeps them) in words; "" when none. */
  public String counts(String kind, String countsJson) {
    if (countsJson == null) {
      return "";
    }
    try {
      JsonNode c = json.readTree(countsJson);
      if (c == null) {
        return "";
      }
      return switch (kind == null ? "" : kind) {
        case "timeoff" -> counted(c, TIME_OFF, "requests: ", "no request to book or cancel");
        case "compensation" ->
            c.path("people").asInt(0)
                + " people ("
                + c.path("leavers").asInt(0)
                + " leavers), "
                + c.path("format").asText("")
                + (c.path("anonymous").asBoolean(false) ? ", anonymous" : "");
        default -> counted(c, PEOPLE, "", "nobody to sync");
      };
    } catch (IOException e) {
      return "";
    }
  }

  private static String counted(JsonNode c, List<String> keys, String prefix, String none) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      int n = c.path(key).asInt(0);
      if (n > 0) {
        parts.add(n + " " + key);
      }
    }
    return parts.isEmpty() ? none : prefix + String.join(", ", parts);
  }
}
