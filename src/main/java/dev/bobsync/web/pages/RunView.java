package dev.bobsync.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.SyncRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One run in the history: what it was, and its counts in words. */
public record RunView(SyncRun run, String what, String summary) {
  private static final List<String> PEOPLE =
      List.of(
          "created", "updated", "linked", "unchanged", "waiting", "skipped", "frozen", "failed");
  private static final List<String> TIME_OFF =
      List.of("booked", "cancelled", "waiting", "skipped", "failed");

  static RunView of(SyncRun run, ObjectMapper json) {
    return new RunView(run, what(run.kind()), summary(run, json));
  }

  private static String what(String kind) {
    return switch (kind) {
      case "remote" -> "Employees to Remote";
      case "timeoff" -> "Time off to Remote";
      case "compensation" -> "Compensation export";
      default -> kind;
    };
  }

  private static String summary(SyncRun run, ObjectMapper json) {
    if (run.countsJson() == null) {
      return "";
    }
    try {
      JsonNode c = json.readTree(run.countsJson());
      return switch (run.kind()) {
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
